namespace Partner.Application.Operations.Readiness;

/// <summary>Every onboarding requirement, passed or not, with what to do, and which build answers.</summary>
public sealed record ReadinessReport(bool Ready, IReadOnlyList<ReadinessCheck> Checks)
{
    /// <example>1.0.0</example>
    public string Version { get; init; } = ServiceVersion.Version;

    /// <summary>The commit the service was built from.</summary>
    public string Commit { get; init; } = ServiceVersion.Commit;
}

/// <summary>The check command changes nothing: the database is asked to connect and for pending migrations, not to take a write.</summary>
public sealed record ReadinessMode(bool ReadOnly);

/// <summary>One requirement: its name, whether it is met, what was found, and (when not met) what to do.</summary>
public sealed record ReadinessCheck(string Name, bool Passed, string Detail, string? ToDo = null)
{
    public static ReadinessCheck Pass(string name, string detail) => new(name, true, detail);

    public static ReadinessCheck Fail(string name, string detail, string toDo) => new(name, false, detail, toDo);
}

/// <summary>Checks some requirements (a port: files, SMTP, the database and routes are checked where they live).</summary>
public interface IReadinessProbe
{
    int Order { get; }

    Task<IReadOnlyList<ReadinessCheck>> CheckAsync(CancellationToken cancellationToken);
}
