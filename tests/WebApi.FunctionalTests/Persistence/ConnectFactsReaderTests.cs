using Microsoft.Extensions.DependencyInjection;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.Domain.DatabricksPartnerConnect.Users;
using Partner.Infrastructure.DatabricksPartnerConnect.Persistence;
using Partner.Infrastructure.Persistence;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// The facts a Connect call is decided on, for every state, from the provider's reader in its one SELECT. On SQLite the
/// hand-written SQL is held to EF's view of the same rows (EfConnectFactsReader, the PostgreSQL and SQL Server reader);
/// on PostgreSQL EF's query runs as compiled and prepared there.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class ConnectFactsReaderTests(Provider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _factory = provider == Provider.Sqlite ? PartnerApiFactory.Shared : new PartnerApiFactory(provider: provider);
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        if (provider != Provider.Sqlite)
        {
            _factory.Dispose();
        }
    }

    [Test]
    public async Task ExistingAccountUserIdentityAndConnection_BothReadersAgree()
    {
        var s = await SeedAsync(expireAccount: false, expireUser: false, signUp: true);

        var (sqlite, ef) = await ReadBothAsync(new ConnectFactsKey(s.Domain, s.Email, "aws", 42, s.ConnectionId));

        Assert.Multiple(() =>
        {
            Assert.That(sqlite, Is.EqualTo(ef));
            Assert.That(sqlite.Account, Is.EqualTo(new StoredAccount(s.AccountId, TrialState.Active, s.TrialEndsAt)));
            Assert.That(sqlite.User, Is.EqualTo(new StoredUser(s.UserId, TrialState.Active, HasSignedUp: true, HasDatabricksIdentity: true)));
            Assert.That(sqlite.Connection, Is.EqualTo(new StoredConnection(s.ConnectionId, s.WorkspaceId, "aws")));
        });
    }

    [Test]
    public async Task ExpiredAccountAndUser_NotSignedUp_OtherIdentity_BothReadersAgree()
    {
        var s = await SeedAsync(expireAccount: true, expireUser: true, signUp: false);

        var (sqlite, ef) = await ReadBothAsync(new ConnectFactsKey(s.Domain, s.Email, "aws", 43, s.ConnectionId));

        Assert.Multiple(() =>
        {
            Assert.That(sqlite, Is.EqualTo(ef));
            Assert.That(sqlite.Account!.TrialState, Is.EqualTo(TrialState.Expired));
            Assert.That(sqlite.Account.IsExpired(Now), Is.True);
            Assert.That(sqlite.User, Is.EqualTo(new StoredUser(s.UserId, TrialState.Expired, HasSignedUp: false, HasDatabricksIdentity: false)));
        });
    }

    [TestCase("no account")]
    [TestCase("no user")]
    [TestCase("deleted connection")]
    [TestCase("no connection asked")]
    [TestCase("identity in another cloud")]
    public async Task MissingPieces_BothReadersAgree(string variant)
    {
        var s = await SeedAsync(expireAccount: false, expireUser: false, signUp: false, deleteConnection: variant == "deleted connection");
        var key = variant switch
        {
            "no account" => new ConnectFactsKey($"other-{s.Domain}", s.Email, "aws", 42, s.ConnectionId),
            "no user" => new ConnectFactsKey(s.Domain, $"someone.else@{s.Domain}", "aws", 42, s.ConnectionId),
            "no connection asked" => new ConnectFactsKey(s.Domain, s.Email, "aws", 42, Guid.Empty),
            "identity in another cloud" => new ConnectFactsKey(s.Domain, s.Email, "azure", 42, s.ConnectionId),
            _ => new ConnectFactsKey(s.Domain, s.Email, "aws", 42, s.ConnectionId),
        };

        var (sqlite, ef) = await ReadBothAsync(key);

        Assert.Multiple(() =>
        {
            Assert.That(sqlite, Is.EqualTo(ef));
            Assert.That(sqlite.Account is null, Is.EqualTo(variant == "no account"));
            Assert.That(sqlite.User is null, Is.EqualTo(variant is "no account" or "no user"));
            Assert.That(sqlite.User?.HasDatabricksIdentity, Is.EqualTo(variant switch
            {
                "no account" or "no user" => (bool?)null,
                "identity in another cloud" => false,
                _ => true,
            }));
            Assert.That(sqlite.Connection is null, Is.EqualTo(variant is "deleted connection" or "no connection asked"));
        });
    }

    /// <summary>The provider's own reader (read twice) and EF's reader on the same database.</summary>
    private async Task<(StoredConnectFacts Sqlite, StoredConnectFacts Ef)> ReadBothAsync(ConnectFactsKey key)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var reader = scope.ServiceProvider.GetRequiredService<IConnectFactsReader>();
        Assert.That(reader, provider == Provider.Sqlite ? Is.InstanceOf<SqliteConnectFactsReader>() : Is.InstanceOf<EfConnectFactsReader>());
        // Twice on the same connection: the second call runs the kept (SQLite) or prepared (PostgreSQL) statement.
        var first = await reader.ReadAsync(key, CancellationToken.None);
        var second = await reader.ReadAsync(key, CancellationToken.None);
        Assert.That(second, Is.EqualTo(first));
        return (second, await new EfConnectFactsReader(db).ReadAsync(key, CancellationToken.None));
    }

    private async Task<Seeded> SeedAsync(bool expireAccount, bool expireUser, bool signUp, bool deleteConnection = false)
    {
        var domain = DatabricksRequests.NewTestDomain();
        var email = $"reader@{domain}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        return await _factory.WithDbAsync(async db =>
        {
            var account = Account.Open(EmailDomain.FromEmail(email), Now);
            var user = User.Register(account.Id, email, "Rea", "Der", Now);
            user.RecordDatabricksIdentity("aws", 42);
            var trialEndsAt = account.TrialEndsAt;
            if (expireAccount)
            {
                account.Expire(Now);
                trialEndsAt = account.TrialEndsAt;
            }

            if (expireUser)
            {
                user.Expire();
            }

            if (signUp)
            {
                user.CompleteSignUp(user.FirstName.Length > 0 ? user.FirstName : "Ada", "Lovelace", Now);
            }

            var connection = Connection.Establish(account.Id, user.Id, new ConnectionDetails
            {
                WorkspaceId = workspaceId,
                OrganizationId = workspaceId,
                CloudProvider = "aws",
                Hostname = "reader.cloud.databricks.com",
                Port = 443,
                WorkspaceUrl = "https://reader.cloud.databricks.com",
            }, null, null, Now);
            if (deleteConnection)
            {
                connection.Delete(Now);
            }

            db.Accounts.Add(account);
            db.Users.Add(user);
            db.Connections.Add(connection);
            await db.SaveChangesAsync();
            return new Seeded(domain, email, account.Id, trialEndsAt, user.Id, connection.Id, workspaceId);
        });
    }

    private sealed record Seeded(string Domain, string Email, Guid AccountId, DateTimeOffset TrialEndsAt, Guid UserId, Guid ConnectionId, long WorkspaceId);
}
