namespace Partner.Application.Operations.Readiness;

/// <summary>
/// How the report may check: <see cref="ReadOnly"/> for the `check` command, which changes nothing (the database is
/// asked to connect and for its pending migrations, not to take a write).
/// </summary>
public sealed record ReadinessMode(bool ReadOnly);
