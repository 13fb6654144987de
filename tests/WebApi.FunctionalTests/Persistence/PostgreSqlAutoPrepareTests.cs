using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// Database:AutoPrepare (docs/operations.md "PostgreSQL"): by default the sign-in's query is prepared on the server
/// connection after its second use; with it off nothing is. One pooled connection, so the statements of the sign-ins
/// and the count of pg_prepared_statements meet on one server session.
/// </summary>
public sealed class PostgreSqlAutoPrepareTests
{
    [TestCase(null, true, TestName = "AutoPrepareByDefault_TheSignInQueryIsPreparedOnTheServer")]
    [TestCase("false", false, TestName = "AutoPrepareOff_NothingIsPrepared")]
    public async Task SignIns_PreparedOrNot(string? autoPrepare, bool prepared)
    {
        using var owner = new PartnerApiFactory(provider: Provider.PostgreSql);
        using var app = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Partner"] = owner.Database.ConnectionString + ";Maximum Pool Size=1",
            ["Database:AutoPrepare"] = autoPrepare,
        }, sharedDatabase: owner.Database);
        using var databricks = app.CreateDatabricksClient();
        var email = $"admin@{DatabricksRequests.NewTestDomain()}";
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connectionId = await databricks.ConnectNewAsync(email, workspaceId);

        for (var i = 0; i < 3; i++)
        {
            var (signedIn, _) = await databricks.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, connectionId));
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var statements = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("""SELECT statement AS "Value" FROM pg_prepared_statements""").ToListAsync());

        Assert.That(statements.Any(s => s.Contains("UNION ALL", StringComparison.Ordinal) && s.Contains("\"Accounts\"", StringComparison.Ordinal)),
            Is.EqualTo(prepared), string.Join("\n---\n", statements));
        if (!prepared)
        {
            Assert.That(statements, Is.Empty);
        }
    }
}
