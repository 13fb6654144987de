using Partner.Application.Operations.Readiness;

namespace Partner.WebApi.Operations;

/// <summary>`dotnet Partner.WebApi.dll check`: the readiness report on the console, exit code 0 when ready, 1 when not.</summary>
public static class ReadinessCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetReadinessQuery());
        foreach (var check in report.Checks)
        {
            await output.WriteLineAsync($"{(check.Passed ? "PASS" : "FAIL")}  {check.Name}: {check.Detail}");
            if (check.ToDo is not null)
            {
                await output.WriteLineAsync($"      To do: {check.ToDo}");
            }
        }

        await output.WriteLineAsync(report.Ready ? "Ready for Databricks and Greenhouse." : $"Not ready: {report.Checks.Count(c => !c.Passed)} requirement(s) to fix.");
        return report.Ready ? 0 : 1;
    }
}
