using Npgsql;
using Partner.Infrastructure.Persistence;
using Partner.Infrastructure.Persistence.PostgreSql;

namespace Partner.Application.UnitTests.Configuration;

/// <summary>docs/operations.md "When the database is down": the bounds put on the operator's PostgreSQL connection string.</summary>
public sealed class PostgreSqlBoundsTests
{
    private static readonly DatabaseOptions Defaults = new() { Provider = DatabaseOptions.PostgreSql };

    [Test]
    public void Bounded_Defaults_ConnectTwoSecondsCommandFiveCancelHalfASecondNoGssPoolOf32()
    {
        var bounded = new NpgsqlConnectionStringBuilder(PostgreSqlPersistence.Bounded("Host=db;Username=partner;Timeout=60;Command Timeout=600", Defaults));

        Assert.That((bounded.Timeout, bounded.CommandTimeout, bounded.CancellationTimeout, bounded.GssEncryptionMode, bounded.MaxPoolSize, bounded.Host),
            Is.EqualTo((2, 5, 500, GssEncryptionMode.Disable, 32, "db")));
    }

    [TestCase("Host=db;Maximum Pool Size=80")]
    [TestCase("Host=db;maxpoolsize=80")]
    public void Bounded_OperatorChosePoolSize_KeepsIt(string connectionString)
    {
        var bounded = new NpgsqlConnectionStringBuilder(PostgreSqlPersistence.Bounded(connectionString, Defaults));

        Assert.That(bounded.MaxPoolSize, Is.EqualTo(80));
    }

    [TestCase("Host=db;GSS Encryption Mode=Require", GssEncryptionMode.Require)]
    [TestCase("Host=db;gssencryptionmode=prefer", GssEncryptionMode.Prefer)]
    public void Bounded_OperatorChoseGssEncryption_KeepsTheChoice(string connectionString, GssEncryptionMode chosen)
    {
        var bounded = new NpgsqlConnectionStringBuilder(PostgreSqlPersistence.Bounded(connectionString, Defaults));

        Assert.That(bounded.GssEncryptionMode, Is.EqualTo(chosen));
    }

    [Test]
    public void Bounded_OtherTimeouts_TakenFromDatabaseOptionsInWholeSeconds()
    {
        var options = new DatabaseOptions { CommandTimeout = TimeSpan.FromSeconds(12.5), ConnectTimeout = TimeSpan.FromMilliseconds(1500) };

        var bounded = new NpgsqlConnectionStringBuilder(PostgreSqlPersistence.Bounded("Host=db", options));

        Assert.That((bounded.Timeout, bounded.CommandTimeout), Is.EqualTo((2, 13)));
    }

    [Test]
    public void Bounded_Defaults_PreparesRepeatedStatementsAtTheirSecondUse()
    {
        var bounded = new NpgsqlConnectionStringBuilder(PostgreSqlPersistence.Bounded("Host=db", Defaults));

        Assert.That((bounded.MaxAutoPrepare, bounded.AutoPrepareMinUsages), Is.EqualTo((32, 2)));
    }

    [Test]
    public void Bounded_AutoPrepareOff_PreparesNothing()
    {
        var options = new DatabaseOptions { Provider = DatabaseOptions.PostgreSql, AutoPrepare = false };

        var bounded = new NpgsqlConnectionStringBuilder(PostgreSqlPersistence.Bounded("Host=db", options));

        Assert.That(bounded.MaxAutoPrepare, Is.Zero);
    }

    [TestCase("Host=db;Max Auto Prepare=10;Auto Prepare Min Usages=5", 10, 5)]
    [TestCase("Host=db;maxautoprepare=10", 10, 5)]
    [TestCase("Host=db;Max Auto Prepare=0", 0, 5)]
    public void Bounded_OperatorChoseAutoPrepare_KeepsIt(string connectionString, int maxAutoPrepare, int minUsages)
    {
        var bounded = new NpgsqlConnectionStringBuilder(PostgreSqlPersistence.Bounded(connectionString, Defaults));

        Assert.That((bounded.MaxAutoPrepare, bounded.AutoPrepareMinUsages), Is.EqualTo((maxAutoPrepare, minUsages)));
    }

    [Test]
    public void Bounded_AutoPrepareOffButTheConnectionStringPrepares_RefusedNamingBoth()
    {
        var options = new DatabaseOptions { Provider = DatabaseOptions.PostgreSql, AutoPrepare = false };

        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => PostgreSqlPersistence.Bounded("Host=db;Max Auto Prepare=20", options));

        Assert.That(refused!.Message, Does.Contain("Database:AutoPrepare").And.Contain("Max Auto Prepare"));
    }
}
