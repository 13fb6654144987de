namespace Partner.Infrastructure.Persistence;

/// <summary>The Database section: which provider ConnectionStrings:Partner is for.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string PostgreSql = "PostgreSql";

    /// <summary>Sqlite (default, one instance), PostgreSql or SqlServer (server databases, several instances).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Where the default SQLite file and the default mail pickup directory live (relative to the content root).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Past it a request fails with the server-error envelope instead of hanging (SQLite: how long a write waits for a lock).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// PostgreSQL and SQL Server: opening a connection, or waiting for a pooled one. A timed-out command opens one more to
    /// cancel it on the server, so a lost database answers within CommandTimeout + ConnectTimeout. At most CommandTimeout.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long start-up waits for an unreachable database before it stops with one line, exit 2.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Apply pending migrations at start; false when the migrate command does it before a rollout.</summary>
    public bool MigrateAtStartup { get; set; } = true;

    /// <summary>
    /// PostgreSQL: Npgsql prepares repeated statements (Max Auto Prepare, unless ConnectionStrings:Partner sets it). false
    /// behind PgBouncer in transaction mode before 1.21, which cannot keep prepared statements across server connections.
    /// </summary>
    public bool AutoPrepare { get; set; } = true;

    public int CommandTimeoutSeconds => Seconds(CommandTimeout);

    public int ConnectTimeoutSeconds => Seconds(ConnectTimeout);

    private static int Seconds(TimeSpan timeout) => Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
}
