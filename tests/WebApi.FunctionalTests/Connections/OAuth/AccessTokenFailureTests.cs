using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Connections.OAuth;

/// <summary>
/// The token service's failure paths: Databricks not answering, the database refusing the lease or the token's write.
/// The answer is a contract error or a usable token, within the timeouts, and the lease never outlives the request.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
[NonParallelizable]
public sealed class AccessTokenFailureTests(Provider provider) : OAuthFixture
{
    // A failure no retry strategy repeats (PostgreSQL's retries of a full disk are issue material of their own).
    private readonly WriteFault _leaseFault = WriteFault.FailEvery(DatabaseFailures.Exception(DatabaseFailure.ReadOnly, provider), containing: "TokenLeaseUntil");
    private readonly WriteFault _storeFault = WriteFault.FailEvery(DatabaseFailures.Exception(DatabaseFailure.ReadOnly, provider), containing: "ProtectedAccessToken");

    protected override Task<OAuthFlow> StartFlowAsync() => OAuthFlow.StartAsync(provider, ["AUTH_OAUTH_M2M"], testServices: s =>
    {
        s.AddSingleton<IInterceptor>(_leaseFault);
        s.AddSingleton<IInterceptor>(_storeFault);
    });

    [SetUp]
    public void Disarm() => _leaseFault.Armed = _storeFault.Armed = false;

    [Test]
    public async Task DatabricksDoesNotAnswer_502WithinTheTimeout_AndTheLeaseIsReleased()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.OAuthM2M);
        Flow.Workspace.TokenDelay = TimeSpan.FromSeconds(10); // Databricks:Timeout is 2 s
        var admin = Flow.Admin;

        var clock = Stopwatch.StartNew();
        var (response, json) = await Flow.AccessTokenAsync(connected.ConnectionId, admin);
        var took = clock.Elapsed;
        Flow.Workspace.TokenDelay = TimeSpan.Zero;
        clock.Restart();
        var (next, token) = await Flow.AccessTokenAsync(connected.ConnectionId, admin);

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(502), json.ToJsonString());
            Assert.That(json["upstream"]?["message"]?.GetValue<string>(), Is.EqualTo("no answer within 2 s"));
            Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(6)));
            Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK), token.ToJsonString());
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), "no wait for a lease left behind");
            Assert.That(await LeaseAsync(connected), Is.Null);
        });
    }

    [Test]
    public async Task DatabaseRefusesTheLease_500Envelope_DatabricksNotCalled_NextCallWorks()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.OAuthM2M);
        var admin = Flow.Admin;
        _leaseFault.Armed = true;

        var (response, json) = await Flow.AccessTokenAsync(connected.ConnectionId, admin);
        _leaseFault.Armed = false;
        var (next, token) = await Flow.AccessTokenAsync(connected.ConnectionId, admin);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(500), json.ToJsonString());
            Assert.That(json["error_reason"]?.GetValue<string>(), Is.EqualTo("general_error"));
            Assert.That(Flow.Workspace.ClientCredentialGrants, Is.EqualTo(1), "only the call after the fault reached Databricks");
            Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK), token.ToJsonString());
        });
    }

    [Test]
    public async Task DatabaseRefusesToStoreTheToken_TheCallerStillGetsIt_AndTheLeaseIsReleased()
    {
        var connected = await Flow.ConnectAsync(DatabricksAuth.OAuthM2M);
        var admin = Flow.Admin;
        _storeFault.Armed = true;

        var (response, json) = await Flow.AccessTokenAsync(connected.ConnectionId, admin);
        _storeFault.Armed = false;

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(Flow.Workspace.Accepts(json["access_token"]!.GetValue<string>()), Is.True);
            Assert.That(await LeaseAsync(connected), Is.Null);
            Assert.That(_storeFault.Hits, Is.GreaterThanOrEqualTo(1), "the fault hit the token's write");
        });
    }

    private Task<Guid?> LeaseAsync(Connected connected) =>
        Flow.Factory.WithDbAsync(db => db.Connections.Where(c => c.Id == connected.ConnectionId).Select(c => c.TokenLeaseId).SingleAsync());
}
