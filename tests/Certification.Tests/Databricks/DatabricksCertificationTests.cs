using System.Web;
using Partner.Certification.Tests.Rules;
using Partner.Certification.Tests.Target;
using static Partner.Certification.Tests.Target.PartnerBehaviour;

namespace Partner.Certification.Tests.Databricks;

/// <summary>
/// The automated cases Databricks runs against a partner (docs/contracts/databricks-partner-connect.md, "Certification cases"), over HTTP only, under one configuration
/// variant per fixture. Expectations follow the target's PartnerConfig; a case its configuration makes inapplicable
/// is skipped with the reason.
/// </summary>
[TestFixtureSource(typeof(CertificationVariant), nameof(CertificationVariant.All))]
public sealed class DatabricksCertificationTests(CertificationVariant variant) : CertificationTest
{
    private CertificationTarget _target = null!;
    private HttpClient _databricks = null!;
    private HttpClient _browser = null!;
    private DatabricksScenarios _scenarios = null!;

    private PartnerBehaviour B => _target.Behaviour;

    [OneTimeSetUp]
    public void Start()
    {
        _target = CertificationTarget.Start(variant);
        _databricks = _target.CreateDatabricksClient();
        _browser = _target.CreateClient();
        // An endpoint the PartnerConfig lacks has no path: the cases that call it are skipped first (RequireEndpoint).
        _scenarios = new DatabricksScenarios(_databricks,
            new DatabricksPaths(B.Path(ConnectPath)!, B.Path(TestConnectionPath) ?? "", B.Path(DeleteConnectionPath) ?? "", B.Path(DeleteAccountPath) ?? "",
                B.Path(ExpireAccountPath) ?? ""),
            FirstConnectedAsync, B.Auth);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _browser.Dispose();
        _databricks.Dispose();
        _target.Dispose();
    }

    [Test]
    public async Task P100_NewUserNewWorkspace_CreatesTrialWithConnectionIdAndReachableAllowedRedirect()
    {
        var answer = (await _scenarios.NewUserNewWorkspaceAsync()).Connect;

        RuleCheck.Ensure(DatabricksRules.ConnectSuccess(answer, isConnectionEstablished: false)
            .Concat(DatabricksRules.RedirectHost(answer, B.Hostnames))
            .Concat(DatabricksRules.OAuthRedirectUri(answer, B.ReturnsOAuthRedirectUri, B.Hostnames))
            .Concat(DatabricksRules.Outcome(answer, "certification P100 (new user, new workspace)", "create_trial", "new", "new", configuredResources: true)), answer);
        using var page = await _browser.GetAsync(new Uri(answer.Text("redirect_uri")!));
        Assert.That((int)page.StatusCode, Is.InRange(200, 399), "certification P100: redirect_uri reachable (2xx/3xx)");
    }

    [Test]
    public async Task P300_SameAdminSignsIn_SignInWithoutConnectionIdOr404WithManualSignup()
    {
        var (_, email, workspaceId, first, connectionId, answer) = await _scenarios.SameAdminSignsInAsync();
        RuleCheck.Ensure(DatabricksRules.ConnectSuccess(first, isConnectionEstablished: false), first);

        if (B.RequireManualSignup)
        {
            RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 404, "account_not_found", "connection_not_found"), answer);
            await SignUpAsync(first);
            answer = await _scenarios.ConnectAsync(DatabricksRequests.Connect(email, workspaceId, connectionId));
        }

        RuleCheck.Ensure(DatabricksRules.AssertSignIn(answer)
            .Concat(DatabricksRules.RedirectHost(answer, B.Hostnames))
            .Concat(DatabricksRules.Outcome(answer, "certification P300 (same admin signs in)", "sign_in", "existing", "active", configuredResources: false)), answer);
    }

    [Test]
    public async Task P302_SecondUserOfTheDomainSignsIn_FollowsNewUserAction()
    {
        var answer = (await _scenarios.SecondUserSignsInAsync()).SignIn;

        AssertNewUserAction(answer, "certification P302 / new_user_action " + B.NewUserAction);
    }

    [Test]
    public async Task P400_SameUserAndWorkspaceConnectTwice_BothSucceedWithSeparateConnections()
    {
        var (_, _, first, answer) = await _scenarios.ConnectTwiceAsync();

        RuleCheck.Ensure(DatabricksRules.ConnectSuccess(answer, isConnectionEstablished: false)
            .Concat(DatabricksRules.Outcome(answer, "certification P400 (connects twice: a new connection)", "sign_in", "existing", "active", configuredResources: true)), answer);
        Assert.That(answer.Text("connection_id"), Is.Not.EqualTo(first), "certification P400: each connect is a new connection");
    }

    [Test]
    public async Task P401_ConnectionDeletedThenConnectAgain_Succeeds()
    {
        RequireEndpoint(DeleteConnectionPath, "P401 deletes a connection");

        var (_, _, connectionId, deleted, answer) = await _scenarios.ConnectAfterDeleteConnectionAsync(signIn: false);

        RuleCheck.Ensure(DatabricksRules.DeleteConnection(deleted), deleted);

        RuleCheck.Ensure(DatabricksRules.ConnectSuccess(answer, isConnectionEstablished: false)
            .Concat(DatabricksRules.Outcome(answer, "certification P401 (connect after delete-connection)", configuredResources: true)), answer);
        Assert.That(answer.Text("connection_id"), Is.Not.EqualTo(connectionId), "certification P401: a new connection");
    }

    [Test]
    public async Task P402_SignInWithConnectionDeletedByPartner_Returns404ConnectionNotFound()
    {
        RequireEndpoint(DeleteConnectionPath, "P402 deletes a connection");

        var (_, _, _, deleted, answer) = await _scenarios.ConnectAfterDeleteConnectionAsync(signIn: true);

        RuleCheck.Ensure(DatabricksRules.DeleteConnection(deleted), deleted);
        RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 404, "connection_not_found"), answer);
    }

    [Test]
    public async Task P403_P404_AccountDeleted_ConnectStartsFreshAndOldConnectionIs404()
    {
        RequireEndpoint(DeleteAccountPath, "P403/P404 delete an account");

        var (_, _, _, _, deleted, signIn, answer) = await _scenarios.ConnectAfterDeleteAccountAsync();

        Assert.That(deleted.Status, Is.EqualTo(200), $"contract: delete-account \"Successful Responses: Status Code: 200\"; {deleted}");
        RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(signIn, 404, "connection_not_found"), signIn);
        RuleCheck.Ensure(DatabricksRules.ConnectSuccess(answer, isConnectionEstablished: false)
            .Concat(DatabricksRules.Outcome(answer, "certification P403 (connect after delete-account starts fresh)", "create_trial", "new", "new", configuredResources: true)), answer);
    }

    [Test]
    public async Task P405_DeleteAccountForNonTestDomain_Returns400BadRequest()
    {
        RequireEndpoint(DeleteAccountPath, "P405 calls delete-account");

        var answer = await _scenarios.DeleteAccountOfNonTestDomainAsync();

        RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 400, "bad_request"), answer);
    }

    [Test]
    public async Task P501_AdminComesBackAfterTrialExpired_ExpiredAndPurchaseOrNewTrial()
    {
        RequireEndpoint(ExpireAccountPath, "P501 expires a trial");
        var (trial, answer) = await _scenarios.SignInAfterTrialExpiredAsync(secondUser: false);

        AssertExpired(trial);
        RuleCheck.Ensure(DatabricksRules.AssertSignIn(answer)
            .Concat(DatabricksRules.Outcome(answer, $"certification P501 (expired trial, repeated trials {B.AllowRepeatedTrials})", B.ExpiredRedirect, "existing", "expired")), answer);
    }

    [Test]
    public async Task P502_SecondUserComesBackAfterTrialExpired_FollowsTrialType()
    {
        RequireEndpoint(ExpireAccountPath, "P502 expires a trial");
        var (trial, answer) = await _scenarios.SignInAfterTrialExpiredAsync(secondUser: true);

        AssertExpired(trial);
        if (B.RequireManualSignup)
        {
            RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 404, "account_not_found"), answer);
        }
        else if (B.TrialType == "user")
        {
            // trial_type user: only the admin's trial expired; the account is active for the newcomer.
            AssertNewUserAction(answer, "certification P502 with trial_type user (the account stays active)");
        }
        else
        {
            RuleCheck.Ensure(DatabricksRules.AssertSignIn(answer)
                .Concat(DatabricksRules.Outcome(answer, $"certification P502 (expired account, repeated trials {B.AllowRepeatedTrials})", B.ExpiredRedirect, "new", "expired")), answer);
        }
    }

    [Test]
    public async Task P600_OneAdminTwoWorkspaces_TwoIndependentConnectionsBothSignIn()
    {
        var run = await _scenarios.TwoWorkspacesAsync();

        RuleCheck.Ensure(FirstConnectRules(run.ConnectB), run.ConnectB);
        Assert.That(run.ConnectionB, Is.Not.EqualTo(run.ConnectionA), "certification P600: two independent connections");
        foreach (var answer in new[] { run.SignInA, run.SignInB })
        {
            RuleCheck.Ensure(DatabricksRules.AssertSignIn(answer)
                .Concat(DatabricksRules.Outcome(answer, "certification P600 (both connections sign in)", "sign_in", "existing", "active")), answer);
        }
    }

    [Test]
    public async Task P700_DemoRepeatedly_AlwaysCreateTrialNewUserNewAccount()
    {
        if (!B.SupportsDemo)
        {
            Assert.Ignore("P700 needs supports_demo true in the PartnerConfig.");
        }

        var (_, _, connects) = await _scenarios.DemoRepeatedlyAsync();

        foreach (var (answer, attempt) in connects.Select((a, i) => (a, i + 1)))
        {
            RuleCheck.Ensure(DatabricksRules.ConnectSuccess(answer, isConnectionEstablished: false)
                .Concat(DatabricksRules.Outcome(answer, $"contract (Demos): \"ensure we get the Create Trial flow\" (attempt {attempt})", "create_trial", "new", "new")), answer);
        }
    }

    [Test]
    public async Task P800_TestConnectionOnLiveConnection_Returns200WithTestResults()
    {
        RequireEndpoint(TestConnectionPath, "P800 calls test-connection");

        var (_, _, answer) = await _scenarios.TestLiveConnectionAsync();

        RuleCheck.Ensure(DatabricksRules.TestConnectionResults(answer), answer);
    }

    [Test]
    public async Task P801_TestConnectionAfterPartnerDeletedIt_Returns404ConnectionNotFound()
    {
        RequireEndpoint(TestConnectionPath, "P801 calls test-connection");
        RequireEndpoint(DeleteConnectionPath, "P801 deletes the connection first");

        var (_, _, _, deleted, answer) = await _scenarios.TestConnectionAfterDeleteConnectionAsync();

        RuleCheck.Ensure(DatabricksRules.DeleteConnection(deleted), deleted);

        RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 404, "connection_not_found"), answer);
    }

    [Test]
    public async Task P900_ConnectorsList_NonEmptyAndPaginationFollowedUntilAbsent()
    {
        RequireEndpoint(ConnectorsPath, "P900 is for ingestion partners with a connectors endpoint");
        var identifiers = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var path = token is null ? B.Path(ConnectorsPath)! : $"{B.Path(ConnectorsPath)}?pagination_token={Uri.EscapeDataString(token)}";
            using var response = await _databricks.GetAsync(path);
            var answer = await HttpAnswer.ReadAsync(response);
            RuleCheck.Ensure(DatabricksRules.ConnectorsPage(answer), answer);
            identifiers.AddRange(answer.Json["connectors"]!.AsArray().Select(c => c!["identifier"]!.GetValue<string>()));
            token = answer.Json["pagination_token"]?.ToString();
            Assert.That(++pages, Is.LessThanOrEqualTo(1000), "certification P900: pagination_token followed until absent (it never ended)");
        }
        while (token is not null);

        Assert.Multiple(() =>
        {
            Assert.That(identifiers, Is.Not.Empty, "certification P900: the connectors list is non-empty");
            Assert.That(identifiers, Is.Unique, "certification P900: following pagination lists each connector once");
        });
    }

    [Test]
    public async Task AUTH100_ConnectUnderTheAuthOption_TheTokenServiceAnswersPerContract()
    {
        var adminKey = _target.AdminKey;
        if (adminKey is null)
        {
            Assert.Ignore("No admin key (PARTNER_ADMIN_KEY): the token service cannot be called.");
        }

        var connect = (await _scenarios.NewUserNewWorkspaceAsync()).Connect;
        RuleCheck.Ensure(FirstConnectRules(connect), connect);
        using var admin = PartnerApiFactory.AsAdmin(_target.CreateClient(), adminKey!);
        var answer = await HttpAnswer.SendAsync(admin, HttpMethod.Post, $"/admin/connections/{connect.Text("connection_id")}/access-token", null);

        RuleCheck.Ensure(DatabricksRules.AccessToken(answer, B.Auth, B.Hostnames), answer);
        if (answer.Status == 409)
        {
            // The page a user must open offers the authorization.
            using var page = await _browser.GetAsync(new Uri(answer.Text("authorization_url")!));
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("/oauth/authorize?"), "token service: authorization_url offers Authorize Databricks");
        }
    }

    [TestCase(ConnectPath)]
    [TestCase(ConnectorsPath)]
    [TestCase(TestConnectionPath)]
    [TestCase(DeleteAccountPath)]
    [TestCase(ExpireAccountPath)]
    [TestCase(DeleteConnectionPath)]
    public async Task AUTH401_MissingOrWrongBasicCredentials_Returns401UnauthorizedEnvelope(string endpoint)
    {
        RequireEndpoint(endpoint, "the 401 case calls it");
        var (method, body) = RequestFor(endpoint);

        using var anonymous = _target.CreateClient();
        using var wrong = _target.CreateDatabricksClient(_target.Username, _target.Password + "-wrong");
        foreach (var (name, client) in new[] { ("no Authorization header", anonymous), ("wrong password", wrong) })
        {
            var answer = await HttpAnswer.SendAsync(client, method, B.Path(endpoint)!, body);

            RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 401, "unauthorized")
                .Select(v => $"contract \"Bad credentials\" ({name}): {v}"), answer);
        }
    }

    private void AssertNewUserAction(HttpAnswer answer, string rule)
    {
        if (B.RequireManualSignup)
        {
            RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 404, "account_not_found"), answer);
            return;
        }

        switch (B.NewUserAction)
        {
            case "auto_add":
                RuleCheck.Ensure(DatabricksRules.AssertSignIn(answer).Concat(DatabricksRules.Outcome(answer, rule, "sign_in", "new", "active")), answer);
                break;
            case "invite":
                RuleCheck.Ensure(DatabricksRules.AssertSignIn(answer).Concat(DatabricksRules.Outcome(answer, rule, "contact_admin", "not_applicable", "active")), answer);
                break;
            case "not_found":
                RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 404, "account_not_found").Select(v => $"{rule}: {v}"), answer);
                break;
            default:
                RuleCheck.Ensure(DatabricksRules.ErrorEnvelope(answer, 500, "general_error").Select(v => $"{rule}: {v}"), answer);
                break;
        }
    }

    private void RequireEndpoint(string endpoint, string why)
    {
        if (B.Path(endpoint) is null)
        {
            Assert.Ignore($"The PartnerConfig has no endpoints.{endpoint}; {why}.");
        }
    }

    private (HttpMethod Method, System.Text.Json.Nodes.JsonObject? Body) RequestFor(string endpoint)
    {
        var domain = DatabricksRequests.NewTestDomain();
        var workspaceId = DatabricksRequests.NewWorkspaceId();
        return endpoint switch
        {
            ConnectPath => (HttpMethod.Post, DatabricksRequests.Connect($"admin@{domain}", workspaceId)),
            ConnectorsPath => (HttpMethod.Get, null),
            TestConnectionPath => (HttpMethod.Post, DatabricksRequests.ConnectionReference(Guid.NewGuid().ToString(), workspaceId)),
            DeleteAccountPath => (HttpMethod.Delete, DatabricksRequests.DeleteAccount(domain, workspaceId)),
            ExpireAccountPath => (HttpMethod.Put, DatabricksRequests.ExpireAccount($"admin@{domain}", workspaceId)),
            _ => (HttpMethod.Post, DatabricksRequests.ConnectionReference(Guid.NewGuid().ToString(), workspaceId)),
        };
    }

    private static IEnumerable<string> FirstConnectRules(HttpAnswer answer) =>
        DatabricksRules.ConnectSuccess(answer, isConnectionEstablished: false)
            .Concat(DatabricksRules.Outcome(answer, "a first connect configures a connection", configuredResources: true));

    /// <summary>A setup's first connect must succeed; with require_manual_signup the user then completes the sign-up page.</summary>
    private async Task FirstConnectedAsync(HttpAnswer answer)
    {
        RuleCheck.Ensure(FirstConnectRules(answer), answer);
        if (B.RequireManualSignup)
        {
            await SignUpAsync(answer);
        }
    }

    /// <summary>The user completes the manual sign-up: the create-trial page's form, posted with the redirect's token.</summary>
    private async Task SignUpAsync(HttpAnswer connect)
    {
        var redirect = new Uri(connect.Text("redirect_uri")!);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = HttpUtility.ParseQueryString(redirect.Query)["token"] ?? string.Empty, ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["accept_terms"] = "true" });
        using var response = await _browser.PostAsync(new Uri(redirect.GetLeftPart(UriPartial.Path)), form);
        Assert.That((int)response.StatusCode, Is.InRange(200, 399), "require_manual_signup: the sign-up form on the create-trial page is accepted");
    }

    private static void AssertExpired(ExpiredTrial trial) =>
        Assert.That(trial.Expired.Status, Is.EqualTo(200), $"contract: expire-account \"Successful Responses: Status Code: 200\"; {trial.Expired}");
}
