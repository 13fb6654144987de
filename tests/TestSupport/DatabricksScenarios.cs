using System.Text.Json.Nodes;

namespace Partner.TestSupport;

/// <summary>Where a deployment serves the Databricks endpoints: its PartnerConfig's endpoints (tests/Certification.Tests runs some variants at root paths).</summary>
public sealed record DatabricksPaths(string Connect, string TestConnection, string DeleteConnection, string DeleteAccount, string ExpireAccount)
{
    /// <summary>The shipped PartnerConfig's paths (<see cref="DatabricksApi"/>).</summary>
    public static readonly DatabricksPaths Shipped = new(DatabricksApi.ConnectPath, DatabricksApi.TestConnectionPath, DatabricksApi.DeleteConnectionPath,
        DatabricksApi.DeleteAccountPath, DatabricksApi.ExpireAccountPath);
}

/// <summary>P100: a new user in a new workspace connects.</summary>
public sealed record NewUserNewWorkspace(string Domain, string Email, long WorkspaceId, HttpAnswer Connect);

/// <summary>P300: a first connect, then the same admin signs in with its connection.</summary>
/// <param name="ConnectionId">The first connect's (a new id when it gave none: the caller checks that answer).</param>
public sealed record SameAdminSignsIn(string Domain, string Email, long WorkspaceId, HttpAnswer First, string ConnectionId, HttpAnswer SignIn);

/// <summary>P302: another user of the domain signs in with the admin's connection.</summary>
public sealed record SecondUserSignsIn(string Domain, long WorkspaceId, string ConnectionId, HttpAnswer SignIn);

/// <summary>P400: a second connect, not established, of the same user and workspace.</summary>
public sealed record ConnectTwice(string Domain, long WorkspaceId, string FirstConnectionId, HttpAnswer Second);

/// <summary>
/// P401, P402 and P801: a connection deleted by the partner, then a request: a new connect (P401), a sign-in with the deleted connection
/// (P402) or its test-connection (P801).
/// </summary>
public sealed record AfterDeleteConnection(string Email, long WorkspaceId, string ConnectionId, HttpAnswer Deleted, HttpAnswer Answer);

/// <summary>P403/P404: the account deleted, then a sign-in with the old connection and a fresh connect.</summary>
public sealed record AfterDeleteAccount(string Domain, string Email, long WorkspaceId, string OldConnectionId, HttpAnswer Deleted, HttpAnswer SignIn,
    HttpAnswer Connect);

/// <summary>P600: one admin connects two workspaces, then signs in with each connection.</summary>
/// <param name="ConnectionB">The second connect's (a new id when it gave none: the caller checks that answer).</param>
public sealed record TwoWorkspaces(string Domain, string Email, long WorkspaceA, long WorkspaceB, string ConnectionA, HttpAnswer ConnectB,
    string ConnectionB, HttpAnswer SignInA, HttpAnswer SignInB);

/// <summary>The admin's trial expired by expire-account after a first connect (the start of P501 and P502).</summary>
public sealed record ExpiredTrial(string Domain, string Email, long WorkspaceId, string ConnectionId, HttpAnswer Expired);

/// <summary>
/// The request sequences of the Databricks certification cases (docs/contracts/databricks-partner-connect.md, "Certification cases"), with the
/// bodies of <see cref="DatabricksRequests"/>: tests/Certification.Tests checks their answers against the contract's rules, and
/// tests/WebApi.FunctionalTests checks the database state they leave. HTTP only, so that the certification suite can run them against a
/// remote deployment. A scenario asserts nothing of the answers it returns, except that a setup's first connect gave a connection.
/// </summary>
/// <param name="databricks">A client as Databricks calls (Basic credentials).</param>
/// <param name="paths">Default: <see cref="DatabricksPaths.Shipped"/>.</param>
/// <param name="firstConnected">
/// Runs on the answer of each setup's first connect, before its connection is used: certification checks it and, with
/// require_manual_signup, completes the sign-up.
/// </param>
/// <param name="auth">The credentials a new connection's connect carries (the configuration's auth_options).</param>
public sealed class DatabricksScenarios(HttpClient databricks, DatabricksPaths? paths = null, Func<HttpAnswer, Task>? firstConnected = null,
    DatabricksAuth auth = DatabricksAuth.Pat)
{
    private readonly DatabricksPaths _paths = paths ?? DatabricksPaths.Shipped;

    /// <summary>A connect body with the credentials Databricks sends under the configuration's auth_options.</summary>
    private JsonObject Connect(string email, long workspaceId, string? connectionId = null, bool demo = false) =>
        DatabricksRequests.Connect(email, workspaceId, connectionId, demo, auth: auth);

    /// <summary>A connect beside a scenario: certification's P300 retry after the sign-up, a functional test's own further request.</summary>
    public Task<HttpAnswer> ConnectAsync(JsonObject body) => HttpAnswer.SendAsync(databricks, HttpMethod.Post, _paths.Connect, body);

    /// <summary>P100.</summary>
    public async Task<NewUserNewWorkspace> NewUserNewWorkspaceAsync()
    {
        var (domain, email, workspaceId) = NewAdmin();
        return new NewUserNewWorkspace(domain, email, workspaceId, await ConnectAsync(Connect(email, workspaceId)));
    }

    /// <summary>P300. The first connect is not a setup's (<c>firstConnected</c> does not run): with require_manual_signup the sign-in comes before the sign-up.</summary>
    public async Task<SameAdminSignsIn> SameAdminSignsInAsync()
    {
        var (domain, email, workspaceId) = NewAdmin();
        var first = await ConnectAsync(Connect(email, workspaceId));
        var connectionId = first.Text("connection_id") ?? Guid.NewGuid().ToString();
        var signIn = await ConnectAsync(Connect(email, workspaceId, connectionId));
        return new SameAdminSignsIn(domain, email, workspaceId, first, connectionId, signIn);
    }

    /// <summary>P302.</summary>
    public async Task<SecondUserSignsIn> SecondUserSignsInAsync()
    {
        var (domain, email, workspaceId) = NewAdmin();
        var connectionId = await ConnectNewAsync(email, workspaceId);
        var signIn = await ConnectAsync(Connect($"second.user@{domain}", workspaceId, connectionId));
        return new SecondUserSignsIn(domain, workspaceId, connectionId, signIn);
    }

    /// <summary>P400.</summary>
    public async Task<ConnectTwice> ConnectTwiceAsync()
    {
        var (domain, email, workspaceId) = NewAdmin();
        var first = await ConnectNewAsync(email, workspaceId);
        return new ConnectTwice(domain, workspaceId, first, await ConnectAsync(Connect(email, workspaceId)));
    }

    /// <summary>P401 (<paramref name="signIn"/> false: a new connect) and P402 (true: a sign-in with the deleted connection).</summary>
    public Task<AfterDeleteConnection> ConnectAfterDeleteConnectionAsync(bool signIn) =>
        AfterDeleteConnectionAsync((email, workspaceId, connectionId) =>
            ConnectAsync(Connect(email, workspaceId, signIn ? connectionId : null)));

    /// <summary>P800: test-connection of a live connection.</summary>
    public async Task<(long WorkspaceId, string ConnectionId, HttpAnswer Answer)> TestLiveConnectionAsync()
    {
        var (_, email, workspaceId) = NewAdmin();
        var connectionId = await ConnectNewAsync(email, workspaceId);
        return (workspaceId, connectionId, await TestConnectionAsync(connectionId, workspaceId));
    }

    /// <summary>P801.</summary>
    public Task<AfterDeleteConnection> TestConnectionAfterDeleteConnectionAsync() =>
        AfterDeleteConnectionAsync((_, workspaceId, connectionId) => TestConnectionAsync(connectionId, workspaceId));

    /// <summary>P403/P404. <paramref name="afterSignIn"/> runs between the refused sign-in and the fresh connect.</summary>
    public async Task<AfterDeleteAccount> ConnectAfterDeleteAccountAsync(Func<string, Task>? afterSignIn = null)
    {
        var (domain, email, workspaceId) = NewAdmin();
        var oldConnection = await ConnectNewAsync(email, workspaceId);
        var deleted = await DeleteAccountAsync(domain, workspaceId);
        var signIn = await ConnectAsync(Connect(email, workspaceId, oldConnection));
        if (afterSignIn is not null)
        {
            await afterSignIn(domain);
        }

        var connect = await ConnectAsync(Connect(email, workspaceId));
        return new AfterDeleteAccount(domain, email, workspaceId, oldConnection, deleted, signIn, connect);
    }

    /// <summary>P405: delete-account for a domain that is not a test domain (default: a new one under example.com).</summary>
    public Task<HttpAnswer> DeleteAccountOfNonTestDomainAsync(string? domain = null, long? workspaceId = null) =>
        DeleteAccountAsync(domain ?? $"{Guid.NewGuid():N}.example.com", workspaceId ?? DatabricksRequests.NewWorkspaceId());

    /// <summary>The start of P501 and P502: a first connect, then expire-account for the admin.</summary>
    public async Task<ExpiredTrial> ExpiredTrialAsync()
    {
        var (domain, email, workspaceId) = NewAdmin();
        var connectionId = await ConnectNewAsync(email, workspaceId);
        return new ExpiredTrial(domain, email, workspaceId, connectionId, await ExpireAccountAsync(email, workspaceId));
    }

    /// <summary>P501 (the admin) and P502 (<paramref name="secondUser"/>: another user of the domain) sign in after the trial expired.</summary>
    public async Task<(ExpiredTrial Trial, HttpAnswer SignIn)> SignInAfterTrialExpiredAsync(bool secondUser)
    {
        var trial = await ExpiredTrialAsync();
        var email = secondUser ? $"second.user@{trial.Domain}" : trial.Email;
        return (trial, await ConnectAsync(Connect(email, trial.WorkspaceId, trial.ConnectionId)));
    }

    /// <summary>P600. The second connect is not a setup's (<c>firstConnected</c> does not run): the user completed any sign-up after the first.</summary>
    public async Task<TwoWorkspaces> TwoWorkspacesAsync()
    {
        var (domain, email, workspaceA) = NewAdmin();
        var workspaceB = DatabricksRequests.NewWorkspaceId();
        var connectionA = await ConnectNewAsync(email, workspaceA);
        var connectB = await ConnectAsync(Connect(email, workspaceB));
        var connectionB = connectB.Text("connection_id") ?? Guid.NewGuid().ToString();
        var signInA = await ConnectAsync(Connect(email, workspaceA, connectionA));
        var signInB = await ConnectAsync(Connect(email, workspaceB, connectionB));
        return new TwoWorkspaces(domain, email, workspaceA, workspaceB, connectionA, connectB, connectionB, signInA, signInB);
    }

    /// <summary>P700: three demo connects of one user and workspace.</summary>
    public async Task<(string Domain, long WorkspaceId, HttpAnswer[] Connects)> DemoRepeatedlyAsync()
    {
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        var connects = new HttpAnswer[3];
        for (var attempt = 0; attempt < connects.Length; attempt++)
        {
            connects[attempt] = await ConnectAsync(Connect($"demo@{domain}", workspaceId, demo: true));
        }

        return (domain, workspaceId, connects);
    }

    private async Task<AfterDeleteConnection> AfterDeleteConnectionAsync(Func<string, long, string, Task<HttpAnswer>> then)
    {
        var (_, email, workspaceId) = NewAdmin();
        var connectionId = await ConnectNewAsync(email, workspaceId);
        var deleted = await DeleteConnectionAsync(connectionId, workspaceId);
        return new AfterDeleteConnection(email, workspaceId, connectionId, deleted, await then(email, workspaceId, connectionId));
    }

    private static (string Domain, string Email, long WorkspaceId) NewAdmin()
    {
        var domain = DatabricksRequests.NewTestDomain();
        return (domain, $"admin@{domain}", DatabricksRequests.NewWorkspaceId());
    }

    /// <summary>delete-connection by POST, as Databricks' partner client sends it (its OpenAPI changed delete-connection from DELETE to POST in 2023).</summary>
    private Task<HttpAnswer> DeleteConnectionAsync(string connectionId, long workspaceId) =>
        HttpAnswer.SendAsync(databricks, HttpMethod.Post, _paths.DeleteConnection, DatabricksRequests.ConnectionReference(connectionId, workspaceId));

    private Task<HttpAnswer> DeleteAccountAsync(string domain, long workspaceId) =>
        HttpAnswer.SendAsync(databricks, HttpMethod.Delete, _paths.DeleteAccount, DatabricksRequests.DeleteAccount(domain, workspaceId));

    private Task<HttpAnswer> ExpireAccountAsync(string email, long workspaceId) =>
        HttpAnswer.SendAsync(databricks, HttpMethod.Put, _paths.ExpireAccount, DatabricksRequests.ExpireAccount(email, workspaceId));

    private Task<HttpAnswer> TestConnectionAsync(string connectionId, long workspaceId) =>
        HttpAnswer.SendAsync(databricks, HttpMethod.Post, _paths.TestConnection, DatabricksRequests.ConnectionReference(connectionId, workspaceId));

    /// <summary>A setup's first connect: <c>firstConnected</c> runs on its answer, which must carry a connection_id.</summary>
    private async Task<string> ConnectNewAsync(string email, long workspaceId)
    {
        var answer = await ConnectAsync(Connect(email, workspaceId));
        if (firstConnected is not null)
        {
            await firstConnected(answer);
        }

        Assert.That(answer.Status, Is.EqualTo(200), answer.ToString());
        return answer.Text("connection_id") ?? throw new AssertionException($"No connection_id in {answer}");
    }
}
