namespace Partner.Application.Operations.Readiness;

/// <summary>"Ready for Databricks and Greenhouse": every onboarding requirement, passed or not, and what to do.</summary>
public sealed record ReadinessReport(bool Ready, IReadOnlyList<ReadinessCheck> Checks);

/// <summary>One requirement: its name, whether it is met, what was found, and (when not met) what to do.</summary>
public sealed record ReadinessCheck(string Name, bool Passed, string Detail, string? ToDo = null)
{
    public static ReadinessCheck Pass(string name, string detail) => new(name, true, detail);

    public static ReadinessCheck Fail(string name, string detail, string toDo) => new(name, false, detail, toDo);
}

/// <summary>Checks some requirements (a port: files, SMTP, the database and routes are checked where they live).</summary>
public interface IReadinessProbe
{
    /// <summary>Where its checks appear in the report.</summary>
    int Order { get; }

    Task<IReadOnlyList<ReadinessCheck>> CheckAsync(CancellationToken cancellationToken);
}
