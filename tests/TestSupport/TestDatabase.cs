using Microsoft.Data.Sqlite;
using Npgsql;

namespace Partner.TestSupport;

/// <summary>The database providers the database-facing fixtures run on (one fixture instance each).</summary>
public enum Provider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A fresh, empty database of one provider for a test (the app's migrations create the schema at start): a SQLite file
/// in a given directory, or a database <c>partner_&lt;guid&gt;</c> created on the PostgreSQL server named by
/// <see cref="PostgresVariable"/> and dropped on dispose. Several app hosts or processes may share one.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>An admin connection string, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>.</summary>
    public const string PostgresVariable = "PARTNER_TEST_POSTGRES";

    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(Provider provider, string connectionString, string? postgresAdmin = null, string? postgresName = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public Provider Provider { get; }

    /// <summary>The app's ConnectionStrings:Partner.</summary>
    public string ConnectionString { get; }

    /// <summary>Database:Provider and ConnectionStrings:Partner for the app.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Partner"] = ConnectionString,
    };

    /// <summary>A new database; for SQLite the file <c>partner.db</c> in <paramref name="directory"/>.</summary>
    public static TestDatabase Create(Provider provider, string directory) => provider switch
    {
        Provider.Sqlite => new TestDatabase(provider, $"Data Source={Path.Combine(directory, "partner.db")}"),
        Provider.PostgreSql => OnPostgresServer(RequirePostgres()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>
    /// Ignores the test when no PostgreSQL server is configured, except in CI (CI=true), where that is a failure.
    /// </summary>
    public static string RequirePostgres()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(admin))
        {
            return admin;
        }

        const string how = $"{PostgresVariable} is not set. Run the tests with `bash tests/run.sh` (starts a throw-away PostgreSQL), "
            + $"or set {PostgresVariable} to an admin connection string, e.g. Host=127.0.0.1;Port=5432;Username=postgres.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI must run the PostgreSQL fixtures: " + how);
        }

        Assert.Ignore(how);
        return admin!;
    }

    /// <summary>Drops a PostgreSQL database now (the app is to create it); dispose drops it again if it exists.</summary>
    public void DropPostgres()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(_postgresAdmin!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
    }

    public void Dispose()
    {
        if (Provider == Provider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Execute(_postgresAdmin!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
    }

    /// <summary>A new database on the PostgreSQL server of <paramref name="admin"/> (an admin connection string).</summary>
    public static TestDatabase OnPostgresServer(string admin)
    {
        var name = $"partner_{Guid.NewGuid():N}";
        Execute(admin, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(Provider.PostgreSql, connectionString, admin, name);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
