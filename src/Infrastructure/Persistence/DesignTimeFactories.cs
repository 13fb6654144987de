using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Partner.Infrastructure.Persistence.PostgreSql;
using Partner.Infrastructure.Persistence.Sqlite;

namespace Partner.Infrastructure.Persistence;

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApplicationDbContext>
{
    public SqliteApplicationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteApplicationDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(SqliteDesignTimeFactory).Assembly.FullName))
            .Options);
}

/// <summary>Used by dotnet-ef to build the SQL Server migration set and its script (no server needed).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerApplicationDbContext>
{
    public SqlServerApplicationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerApplicationDbContext>()
            .UseSqlServer("Server=localhost;Database=Partner;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}

/// <summary>Used by dotnet-ef to build the PostgreSQL migration set (no server needed to add a migration).</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlApplicationDbContext>
{
    public PostgreSqlApplicationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlApplicationDbContext>()
            .UseNpgsql("Host=localhost;Database=partner;Username=postgres")
            .Options);
}
