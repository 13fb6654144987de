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
}
