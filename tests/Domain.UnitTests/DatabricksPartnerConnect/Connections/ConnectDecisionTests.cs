using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Domain.UnitTests.DatabricksPartnerConnect.Connections;

/// <summary>
/// The contract's Connect scenario table, one test per row, then its matrices (new_user_action,
/// is_connection_established × partner has the connection), the PartnerConfig switches, and the rules that hold on
/// every row (connection_id, configured_resources, refusals) checked over all combinations of facts and behaviour.
/// </summary>
public sealed class ConnectDecisionTests
{
    private static readonly PartnerBehaviour Partner = new();

    private static readonly bool[] Bools = [false, true];

    // Seed scenario table, row by row (is_connection_established false: Databricks configures a new connection).

    [Test]
    public void NewUser_NewAccount_CreatesTrialAndReturnsConnectionId()
    {
        var outcome = DecideProceeded(NewConnection(AccountState.None, UserState.None));

        // contract: "Status_code = 200 Connection_id = abcd Configured_resources = true User_status = new
        // Account_status = new Redirect Value = create_trial"
        AssertAnswer(outcome, UserStatus.New, AccountStatus.New, RedirectValue.CreateTrial, configuresResources: true, returnsConnectionId: true);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.OpenAccount, Is.True);
            Assert.That(outcome.RegisterUser, Is.True);
        });
    }

    [Test]
    public void ExpiredAccount_NoRepeatedTrials_RedirectsToPurchaseProduct()
    {
        var outcome = DecideProceeded(NewConnection(AccountState.Expired, UserState.Existing), Partner with { AllowRepeatedTrials = false });

        // contract: purchase-product is "Used when the account has an expired trial (and the partner does not allow
        // multiple trials per account)"; the user cannot use the product now, so nothing is configured.
        AssertAnswer(outcome, UserStatus.Existing, AccountStatus.Expired, RedirectValue.PurchaseProduct, configuresResources: false, returnsConnectionId: false);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.OpenAccount, Is.False);
            Assert.That(outcome.RegisterUser, Is.False);
        });
    }

    [Test]
    public void ExpiredAccount_RepeatedTrialsAllowed_RedirectsToCreateTrial()
    {
        var outcome = DecideProceeded(NewConnection(AccountState.Expired, UserState.Existing), Partner with { AllowRepeatedTrials = true });

        // contract: create-trial is "Used when the account has an expired trial (and the partner allows multiple trials per account)".
        AssertAnswer(outcome, UserStatus.Existing, AccountStatus.Expired, RedirectValue.CreateTrial, configuresResources: true, returnsConnectionId: true);
        Assert.That(outcome.OpenAccount, Is.False);
    }

    /// <summary>
    /// contract row "Expired account": "Connection_id = omitted OR abcd, Configured_resources = false OR true,
    /// User_status = new OR existing, Account_status = expired, Redirect Value = purchase_product OR create_trial".
    /// </summary>
    [TestCase(false, false, UserState.Existing, RedirectValue.PurchaseProduct, UserStatus.Existing, false)]
    [TestCase(false, false, UserState.None, RedirectValue.PurchaseProduct, UserStatus.New, false)]
    [TestCase(false, true, UserState.Existing, RedirectValue.CreateTrial, UserStatus.Existing, true)]
    [TestCase(false, true, UserState.None, RedirectValue.CreateTrial, UserStatus.New, true)]
    [TestCase(true, false, UserState.Existing, RedirectValue.PurchaseProduct, UserStatus.Existing, false)]
    [TestCase(true, false, UserState.None, RedirectValue.PurchaseProduct, UserStatus.New, false)]
    [TestCase(true, true, UserState.Existing, RedirectValue.CreateTrial, UserStatus.Existing, false)]
    [TestCase(true, true, UserState.None, RedirectValue.CreateTrial, UserStatus.New, false)]
    public void ExpiredAccount_EachVariantOfTheRow_AnswersExpired(
        bool established, bool repeatedTrials, UserState user, RedirectValue redirect, UserStatus userStatus, bool configures)
    {
        var facts = established ? SignIn(AccountState.Expired, user) : NewConnection(AccountState.Expired, user);

        var outcome = DecideProceeded(facts, Partner with { AllowRepeatedTrials = repeatedTrials });

        AssertAnswer(outcome, userStatus, AccountStatus.Expired, redirect, configures, returnsConnectionId: configures);
        // A new user is registered only when admitted to a (new) trial, not when sent to purchase.
        Assert.That(outcome.RegisterUser, Is.EqualTo(user == UserState.None && redirect == RedirectValue.CreateTrial));
    }

    [Test]
    public void NewUser_ExistingAccount_AutoAdd_SignsIn()
    {
        var outcome = DecideProceeded(NewConnection(AccountState.Active, UserState.None), Partner with { NewUserAction = NewUserAction.AutoAdd });

        // contract: sign-in is "Used when the partner has never seen the user, but has seen the account, and can
        // automatically provision the user."
        AssertAnswer(outcome, UserStatus.New, AccountStatus.Active, RedirectValue.SignIn, configuresResources: true, returnsConnectionId: true);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.OpenAccount, Is.False);
            Assert.That(outcome.RegisterUser, Is.True);
        });
    }

    /// <summary>
    /// contract: contact-your-admin is "Used when the partner has never seen the user, but has seen the account, and
    /// cannot automatically provision the user." On a new connection a 404 is not an option: "Should only be possible
    /// if Databricks sends with is_connection_established set to true."
    /// </summary>
    [TestCase(NewUserAction.Invite)]
    [TestCase(NewUserAction.NotFound)]
    [TestCase(NewUserAction.Error)]
    public void NewUser_ExistingAccount_CannotAutoProvision_RedirectsToContactAdmin(NewUserAction action)
    {
        var outcome = DecideProceeded(NewConnection(AccountState.Active, UserState.None), Partner with { NewUserAction = action });

        AssertAnswer(outcome, UserStatus.New, AccountStatus.Active, RedirectValue.ContactAdmin, configuresResources: false, returnsConnectionId: false);
        Assert.That(outcome.RegisterUser, Is.False);
    }

    [Test]
    public void ExistingUser_ExistingAccount_SignsIn()
    {
        var outcome = DecideProceeded(NewConnection(AccountState.Active, UserState.Existing));

        // contract: sign-in is "Used when the partner has seen the user and the account." Databricks has no connection,
        // so this is a new one (P400, P600): configured, with its connection_id.
        AssertAnswer(outcome, UserStatus.Existing, AccountStatus.Active, RedirectValue.SignIn, configuresResources: true, returnsConnectionId: true);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.OpenAccount, Is.False);
            Assert.That(outcome.RegisterUser, Is.False);
        });
    }

    [Test]
    public void P300_SameAdminSignsInOnEstablishedConnection_SignsInWithoutNewConnection()
    {
        var outcome = DecideProceeded(SignIn(AccountState.Active, UserState.Existing));

        // contract: "If the partner has a connection configured, no new connection needs to be configured";
        // "If is_connection_established is true in the request, connection_id should be omitted in the response."
        AssertAnswer(outcome, UserStatus.Existing, AccountStatus.Active, RedirectValue.SignIn, configuresResources: false, returnsConnectionId: false);
        Assert.That(outcome.RegisterUser, Is.False);
    }

    // docs/contracts/databricks-partner-connect.md (new_user_action): a user new to the partner signs in on an existing account, through an existing connection.
    // | value     | HTTP | user_status    | redirect_value | error_reason      |
    [TestCase(NewUserAction.AutoAdd, 200, UserStatus.New, RedirectValue.SignIn, null, true)]
    [TestCase(NewUserAction.Invite, 200, UserStatus.NotApplicable, RedirectValue.ContactAdmin, null, false)]
    [TestCase(NewUserAction.NotFound, 404, null, null, ErrorReason.AccountNotFound, false)]
    [TestCase(NewUserAction.Error, 500, null, null, ErrorReason.GeneralError, false)]
    public void P302_NewUserSignsInOnExistingConnection_FollowsNewUserActionTable(
        NewUserAction action, int http, UserStatus? userStatus, RedirectValue? redirect, ErrorReason? errorReason, bool registersUser)
    {
        var outcome = ConnectDecision.Decide(SignIn(AccountState.Active, UserState.None), Partner with { NewUserAction = action });

        var proceeded = outcome as ConnectOutcome.Proceeded;
        Assert.Multiple(() =>
        {
            Assert.That(HttpStatusOf(outcome), Is.EqualTo(http));
            Assert.That(proceeded?.UserStatus, Is.EqualTo(userStatus));
            Assert.That(proceeded?.RedirectValue, Is.EqualTo(redirect));
            Assert.That((outcome as ConnectOutcome.Refused)?.Reason, Is.EqualTo(errorReason));
            Assert.That(proceeded?.RegisterUser ?? false, Is.EqualTo(registersUser));
        });
        if (proceeded is not null)
        {
            AssertAnswer(proceeded, proceeded.UserStatus, AccountStatus.Active, proceeded.RedirectValue, configuresResources: false, returnsConnectionId: false);
        }
    }

    // contract: "Here's what should happen with the Connect API in each of the 4 cases."
    // Databricks established | partner has connection | refusal | configures | returns connection_id
    // "If the partner has no connection configured, they will configure the connection."
    [TestCase(false, false, null, true, true)]
    // "If the partner has a connection configured, they will configure a new, separate connection."
    [TestCase(false, true, null, true, true)]
    // "If the partner has no connection configured, the partner responds with 404 connection_not_found"
    [TestCase(true, false, ErrorReason.ConnectionNotFound, false, false)]
    // "If the partner has a connection configured, no new connection needs to be configured."
    [TestCase(true, true, null, false, false)]
    public void IsConnectionEstablished_PartnerHasConnection_FollowsFourCaseMatrix(
        bool established, bool partnerHasConnection, ErrorReason? refusal, bool configures, bool returnsConnectionId)
    {
        var facts = Facts(AccountState.Active, UserState.Existing, established, partnerHasConnection);

        var outcome = ConnectDecision.Decide(facts, Partner);

        Assert.That((outcome as ConnectOutcome.Refused)?.Reason, Is.EqualTo(refusal));
        if (outcome is ConnectOutcome.Proceeded proceeded)
        {
            AssertAnswer(proceeded, UserStatus.Existing, AccountStatus.Active, RedirectValue.SignIn, configures, returnsConnectionId);
        }
    }

    [TestCase(AccountState.Active, UserState.Existing)]
    [TestCase(AccountState.Active, UserState.None)]
    [TestCase(AccountState.Expired, UserState.Existing)]
    [TestCase(AccountState.None, UserState.None)]
    public void P402_SignInWithConnectionDeletedByPartner_RefusedConnectionNotFound(AccountState account, UserState user)
    {
        var refused = DecideRefused(SignIn(account, user, partnerHasConnection: false));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Reason, Is.EqualTo(ErrorReason.ConnectionNotFound));
            Assert.That(refused.DisplayMessage, Is.Not.Empty);
        });
    }

    [Test]
    public void SignIn_DomainUnknownToPartner_RefusedAccountNotFound()
    {
        // contract: account_not_found "This occurs when a partner wishes to create separate connections from a single
        // Databricks workspace to multiple partner workspaces": the connection exists, the e-mail's account does not.
        var refused = DecideRefused(SignIn(AccountState.None, UserState.None));

        Assert.That(refused.Reason, Is.EqualTo(ErrorReason.AccountNotFound));
    }

    // contract (Demos): "When true, ensure we get the Create Trial flow, even if you've seen the user, account, and/or
    // Databricks workspace before." The partner's other switches must not get in the way.
    [TestCase(AccountState.None, UserState.None)]
    [TestCase(AccountState.Active, UserState.None)]
    [TestCase(AccountState.Active, UserState.Existing)]
    [TestCase(AccountState.Active, UserState.Expired)]
    [TestCase(AccountState.Expired, UserState.None)]
    [TestCase(AccountState.Expired, UserState.Existing)]
    public void P700_Demo_SeenOrNot_AlwaysCreatesTrialAsNewUserNewAccount(AccountState account, UserState user)
    {
        var strictPartner = Partner with { NewUserAction = NewUserAction.NotFound, RequireManualSignup = true, AllowRepeatedTrials = false };

        var outcome = DecideProceeded(NewConnection(account, user, demo: true), strictPartner);

        // configured when not established, so it carries its connection_id.
        AssertAnswer(outcome, UserStatus.New, AccountStatus.New, RedirectValue.CreateTrial, configuresResources: true, returnsConnectionId: true);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.OpenAccount, Is.EqualTo(account == AccountState.None));
            Assert.That(outcome.RegisterUser, Is.EqualTo(user == UserState.None));
        });
    }

    [TestCase(AccountState.Active, UserState.Existing)]
    [TestCase(AccountState.Active, UserState.None)]
    [TestCase(AccountState.Expired, UserState.Existing)]
    public void P700_DemoOnEstablishedConnection_CreatesTrialWithoutConfiguringResources(AccountState account, UserState user)
    {
        var outcome = DecideProceeded(SignIn(account, user, demo: true));

        AssertAnswer(outcome, UserStatus.New, AccountStatus.New, RedirectValue.CreateTrial, configuresResources: false, returnsConnectionId: false);
    }

    [Test]
    public void Demo_PartnerWithoutDemoSupport_FollowsScenarioTable()
    {
        var outcome = DecideProceeded(NewConnection(AccountState.Active, UserState.Existing, demo: true), Partner with { SupportsDemo = false });

        AssertAnswer(outcome, UserStatus.Existing, AccountStatus.Active, RedirectValue.SignIn, configuresResources: true, returnsConnectionId: true);
    }

    // docs/contracts/databricks-partner-connect.md (require_manual_signup): "if true, sign-in (is_connection_established = true) answers 404
    // account_not_found or connection_not_found until the user has completed a manual sign-up".
    [TestCase(UserState.None, false)]
    [TestCase(UserState.Existing, false)]
    [TestCase(UserState.Expired, false)]
    public void P300_RequireManualSignup_SignInBeforeSignUp_RefusedAccountNotFound(UserState user, bool signedUp)
    {
        var refused = DecideRefused(SignIn(AccountState.Active, user, userHasSignedUp: signedUp), Partner with { RequireManualSignup = true });

        Assert.That(refused.Reason, Is.EqualTo(ErrorReason.AccountNotFound));
    }

    [Test]
    public void P300_RequireManualSignup_SignInAfterSignUp_SignsIn()
    {
        var outcome = DecideProceeded(SignIn(AccountState.Active, UserState.Existing, userHasSignedUp: true), Partner with { RequireManualSignup = true });

        AssertAnswer(outcome, UserStatus.Existing, AccountStatus.Active, RedirectValue.SignIn, configuresResources: false, returnsConnectionId: false);
    }

    [Test]
    public void P100_RequireManualSignup_FirstConnect_StillCreatesTrial()
    {
        // Only sign-in waits for the manual sign-up; the first connect is how the user gets to the sign-up page.
        var outcome = DecideProceeded(NewConnection(AccountState.None, UserState.None), Partner with { RequireManualSignup = true });

        AssertAnswer(outcome, UserStatus.New, AccountStatus.New, RedirectValue.CreateTrial, configuresResources: true, returnsConnectionId: true);
    }

    // PartnerConfig trial_type user: expiring a trial expires one user, who then gets the "Expired account" row.
    [TestCase(false, false, RedirectValue.PurchaseProduct, false)]
    [TestCase(true, false, RedirectValue.PurchaseProduct, false)]
    [TestCase(false, true, RedirectValue.CreateTrial, true)]
    [TestCase(true, true, RedirectValue.CreateTrial, false)]
    public void TrialTypeUser_UserTrialExpiredOnActiveAccount_TakesExpiredArm(bool established, bool repeatedTrials, RedirectValue redirect, bool configures)
    {
        var facts = established ? SignIn(AccountState.Active, UserState.Expired) : NewConnection(AccountState.Active, UserState.Expired);

        var outcome = DecideProceeded(facts, Partner with { TrialType = TrialType.User, AllowRepeatedTrials = repeatedTrials });

        AssertAnswer(outcome, UserStatus.Existing, AccountStatus.Expired, redirect, configures, returnsConnectionId: configures);
    }

    [Test]
    public void TrialTypeUser_OtherUserOfTheAccountSignsIn_IsNotExpired()
    {
        // Only the expired user's own trial ended; a colleague on the same (active) account signs in as usual.
        var outcome = DecideProceeded(SignIn(AccountState.Active, UserState.Existing), Partner with { TrialType = TrialType.User });

        AssertAnswer(outcome, UserStatus.Existing, AccountStatus.Active, RedirectValue.SignIn, configuresResources: false, returnsConnectionId: false);
    }

    // contract: oauth_redirect_uri "should be set only when the partner is configured with OAuth U2M [...] and does not
    // have a pre-registered Databricks published OAuth app connection".
    [TestCase(true)]
    [TestCase(false)]
    public void OAuthRedirectUri_FollowsPartnerBehaviour(bool returnsOAuthRedirectUri)
    {
        var behaviour = Partner with { ReturnsOAuthRedirectUri = returnsOAuthRedirectUri };

        var created = DecideProceeded(NewConnection(AccountState.None, UserState.None), behaviour);
        var signedIn = DecideProceeded(SignIn(AccountState.Active, UserState.Existing), behaviour);

        Assert.Multiple(() =>
        {
            Assert.That(created.ReturnsOAuthRedirectUri, Is.EqualTo(returnsOAuthRedirectUri));
            Assert.That(signedIn.ReturnsOAuthRedirectUri, Is.EqualTo(returnsOAuthRedirectUri));
        });
    }

    // Rules that hold on every row: all combinations of facts and partner behaviour.

    [Test]
    public void ConnectionIdRule_EveryRow_ReturnsConnectionIdOnlyWhenNotEstablishedAndConfigured()
    {
        // contract: "If is_connection_established is true in the request, connection_id should be omitted in the response.
        // If is_connection_established is false and configured_resources is true, connection_id must be present in
        // the response. If is_connection_established is false and configured_resources if false, connection_id
        // should be omitted in the response."
        var violations = Violations((facts, _, outcome) => outcome is not ConnectOutcome.Proceeded p
            || p.ReturnsConnectionId == (!facts.IsConnectionEstablished && p.ConfiguredResources));

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void EstablishedConnection_EveryRow_NeverConfiguresResources()
    {
        // contract: "If the partner has a connection configured, no new connection needs to be configured."
        var violations = Violations((facts, _, outcome) => !facts.IsConnectionEstablished
            || outcome is not ConnectOutcome.Proceeded { ConfiguredResources: true });

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void NotEstablished_EveryRow_NeverRefused()
    {
        // contract (404): "Should only be possible if Databricks sends with is_connection_established set to true."
        var violations = Violations((facts, _, outcome) => facts.IsConnectionEstablished || outcome is ConnectOutcome.Proceeded);

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Refusal_EveryRow_IsA404Or500WithDisplayMessage()
    {
        var violations = Violations((_, _, outcome) => outcome is not ConnectOutcome.Refused refused
            || (HttpStatusOf(refused) is 404 or 500 && !string.IsNullOrWhiteSpace(refused.DisplayMessage)));

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void ConfiguredResources_EveryRow_HasAccountAndUserToOwnTheConnection()
    {
        // The handler creates the connection for the account and the user: both must exist or be created now.
        var violations = Violations((facts, _, outcome) => outcome is not ConnectOutcome.Proceeded { ConfiguredResources: true } p
            || ((facts.Account != AccountState.None || p.OpenAccount) && (facts.User != UserState.None || p.RegisterUser)));

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void OpenAccountAndRegisterUser_EveryRow_OnlyForWhatThePartnerHasNotSeen()
    {
        // Open the account exactly when the domain is new; register a new user only when admitted (trial or sign-in).
        var violations = Violations((facts, _, outcome) => outcome is not ConnectOutcome.Proceeded p
            || (p.OpenAccount == (facts.Account == AccountState.None)
                && p.RegisterUser == (facts.User == UserState.None && p.RedirectValue is RedirectValue.CreateTrial or RedirectValue.SignIn)));

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void OAuthRedirectUri_EveryRow_FollowsPartnerBehaviour()
    {
        var violations = Violations((_, behaviour, outcome) => outcome is not ConnectOutcome.Proceeded p
            || p.ReturnsOAuthRedirectUri == behaviour.ReturnsOAuthRedirectUri);

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Decide_SameFactsTwice_SameOutcome()
    {
        // Pure: Databricks retries a 500, and a repeated call must be decided the same way.
        var violations = Violations((facts, behaviour, outcome) => ConnectDecision.Decide(facts with { }, behaviour with { }) == outcome);

        Assert.That(violations, Is.Empty);
    }

    private static ConnectFacts Facts(AccountState account, UserState user, bool established, bool partnerHasConnection,
        bool demo = false, bool userHasSignedUp = false) => new()
        {
            IsConnectionEstablished = established,
            PartnerHasConnection = partnerHasConnection,
            IsDemo = demo,
            Account = account,
            User = user,
            UserHasSignedUp = userHasSignedUp,
        };

    /// <summary>Databricks has no connection (is_connection_established false).</summary>
    private static ConnectFacts NewConnection(AccountState account, UserState user, bool demo = false) =>
        Facts(account, user, established: false, partnerHasConnection: false, demo);

    /// <summary>Databricks has a connection (is_connection_established true); by default the partner has it too.</summary>
    private static ConnectFacts SignIn(AccountState account, UserState user, bool partnerHasConnection = true, bool demo = false,
        bool userHasSignedUp = false) =>
        Facts(account, user, established: true, partnerHasConnection, demo, userHasSignedUp);

    private static ConnectOutcome.Proceeded DecideProceeded(ConnectFacts facts, PartnerBehaviour? behaviour = null)
    {
        var outcome = ConnectDecision.Decide(facts, behaviour ?? Partner);
        Assert.That(outcome, Is.TypeOf<ConnectOutcome.Proceeded>(), "expected a 200 answer");
        return (ConnectOutcome.Proceeded)outcome;
    }

    private static ConnectOutcome.Refused DecideRefused(ConnectFacts facts, PartnerBehaviour? behaviour = null)
    {
        var outcome = ConnectDecision.Decide(facts, behaviour ?? Partner);
        Assert.That(outcome, Is.TypeOf<ConnectOutcome.Refused>(), "expected an error answer");
        return (ConnectOutcome.Refused)outcome;
    }

    private static void AssertAnswer(ConnectOutcome.Proceeded outcome, UserStatus userStatus, AccountStatus accountStatus,
        RedirectValue redirect, bool configuresResources, bool returnsConnectionId) =>
        Assert.Multiple(() =>
        {
            Assert.That(outcome.UserStatus, Is.EqualTo(userStatus), "user_status");
            Assert.That(outcome.AccountStatus, Is.EqualTo(accountStatus), "account_status");
            Assert.That(outcome.RedirectValue, Is.EqualTo(redirect), "redirect_value");
            Assert.That(outcome.ConfiguredResources, Is.EqualTo(configuresResources), "configured_resources");
            Assert.That(outcome.ReturnsConnectionId, Is.EqualTo(returnsConnectionId), "connection_id present");
        });

    /// <summary>The status WebApi answers with (docs/architecture.md "Conventions" (errors): *_not_found 404, general_error 500); 200 for a proceeded outcome.</summary>
    private static int HttpStatusOf(ConnectOutcome outcome) => outcome switch
    {
        ConnectOutcome.Proceeded => 200,
        ConnectOutcome.Refused { Reason: ErrorReason.AccountNotFound or ErrorReason.ConnectionNotFound } => 404,
        ConnectOutcome.Refused { Reason: ErrorReason.GeneralError } => 500,
        _ => 0,
    };

    /// <summary>Every combination of facts (a user only within an account) and partner behaviour.</summary>
    private static IEnumerable<(ConnectFacts Facts, PartnerBehaviour Behaviour)> AllRows() =>
        from established in Bools
        from partnerHasConnection in Bools
        from demo in Bools
        from account in Enum.GetValues<AccountState>()
        from user in Enum.GetValues<UserState>()
        where account != AccountState.None || user == UserState.None
        from signedUp in Bools
        where user != UserState.None || !signedUp
        from action in Enum.GetValues<NewUserAction>()
        from manualSignup in Bools
        from trialType in Enum.GetValues<TrialType>()
        from supportsDemo in Bools
        from repeatedTrials in Bools
        from oauth in Bools
        select (Facts(account, user, established, partnerHasConnection, demo, signedUp), new PartnerBehaviour
        {
            NewUserAction = action,
            RequireManualSignup = manualSignup,
            TrialType = trialType,
            SupportsDemo = supportsDemo,
            AllowRepeatedTrials = repeatedTrials,
            ReturnsOAuthRedirectUri = oauth,
        });

    private static List<string> Violations(Func<ConnectFacts, PartnerBehaviour, ConnectOutcome, bool> holds)
    {
        var rows = AllRows().ToList();
        Assert.That(rows, Has.Count.GreaterThan(10_000), "the combinations cover every fact and behaviour");
        return rows.Select(r => (r.Facts, r.Behaviour, Outcome: ConnectDecision.Decide(r.Facts, r.Behaviour)))
            .Where(r => !holds(r.Facts, r.Behaviour, r.Outcome))
            .Select(r => $"{r.Facts} + {r.Behaviour} => {r.Outcome}")
            .ToList();
    }
}
