using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>
/// The Connect decision table of the Databricks Partner Connect contract (docs/contracts/databricks-partner-connect.md), as one pure function:
/// request facts + stored facts + partner behaviour → outcome. No I/O, no clock, no exceptions.
/// </summary>
public static class ConnectDecision
{
    public static ConnectOutcome Decide(ConnectFacts facts, PartnerBehaviour behaviour)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(behaviour);

        // contract: "If Databricks has a connection configured [...] If the partner has no connection configured,
        // the partner responds with 404 connection_not_found so that Databricks can tell the user to take action."
        if (facts.IsConnectionEstablished && !facts.PartnerHasConnection)
        {
            return new ConnectOutcome.Refused(ErrorReason.ConnectionNotFound,
                "This connection no longer exists on the partner side. Delete it in Databricks and connect again.");
        }

        // contract (Demos): "When true, ensure we get the Create Trial flow, even if you've seen the user,
        // account, and/or Databricks workspace before."
        if (facts.IsDemo && behaviour.SupportsDemo)
        {
            return Proceed(facts, behaviour, UserStatus.New, AccountStatus.New, RedirectValue.CreateTrial,
                configuresResources: !facts.IsConnectionEstablished);
        }

        return facts.IsConnectionEstablished ? SignIn(facts, behaviour) : ConfigureNewConnection(facts, behaviour);
    }

    /// <summary>
    /// contract: "If Databricks has no connection configured [...] If the partner has a connection configured, they will
    /// configure a new, separate connection." Either way a connection is configured, unless the scenario row says
    /// the user cannot use the product now (purchase_product, contact_admin).
    /// </summary>
    private static ConnectOutcome ConfigureNewConnection(ConnectFacts facts, PartnerBehaviour behaviour) =>
        (facts.Account, facts.User) switch
        {
            // contract row "New user, new account": create_trial, configured_resources true, connection_id returned.
            (AccountState.None, _) => Proceed(facts, behaviour, UserStatus.New, AccountStatus.New, RedirectValue.CreateTrial, configuresResources: true),
            // contract row "Expired account".
            (AccountState.Expired, _) or (_, UserState.Expired) => Expired(facts, behaviour, configuresOnNewTrial: true),
            // contract row "Existing user, existing account": sign_in.
            (AccountState.Active, UserState.Existing) => Proceed(facts, behaviour, UserStatus.Existing, AccountStatus.Active, RedirectValue.SignIn, configuresResources: true),
            // contract row "New user, existing account": sign_in when the partner provisions users automatically,
            // contact_admin when it cannot. A 404 is "only possible if Databricks sends is_connection_established true".
            _ => behaviour.NewUserAction == NewUserAction.AutoAdd
                ? Proceed(facts, behaviour, UserStatus.New, AccountStatus.Active, RedirectValue.SignIn, configuresResources: true)
                : Proceed(facts, behaviour, UserStatus.New, AccountStatus.Active, RedirectValue.ContactAdmin, configuresResources: false),
        };

    /// <summary>contract: "If the partner has a connection configured, no new connection needs to be configured."</summary>
    private static ConnectOutcome SignIn(ConnectFacts facts, PartnerBehaviour behaviour)
    {
        if (facts.Account == AccountState.None)
        {
            return AccountNotFound();
        }

        // PartnerConfig require_manual_signup: sign-in answers 404 until the user completed the manual sign-up.
        if (behaviour.RequireManualSignup && (facts.User == UserState.None || !facts.UserHasSignedUp))
        {
            return AccountNotFound();
        }

        return (facts.Account, facts.User) switch
        {
            (AccountState.Expired, _) or (_, UserState.Expired) => Expired(facts, behaviour, configuresOnNewTrial: false),
            (AccountState.Active, UserState.Existing) => Proceed(facts, behaviour, UserStatus.Existing, AccountStatus.Active, RedirectValue.SignIn, configuresResources: false),
            _ => ForNewUserOnExistingAccount(facts, behaviour),
        };
    }

    /// <summary>docs/databricks.md "Connect and new_user_action": a user new to the partner signs in through an existing connection.</summary>
    private static ConnectOutcome ForNewUserOnExistingAccount(ConnectFacts facts, PartnerBehaviour behaviour) =>
        behaviour.NewUserAction switch
        {
            NewUserAction.AutoAdd => Proceed(facts, behaviour, UserStatus.New, AccountStatus.Active, RedirectValue.SignIn, configuresResources: false),
            NewUserAction.Invite => Proceed(facts, behaviour, UserStatus.NotApplicable, AccountStatus.Active, RedirectValue.ContactAdmin, configuresResources: false),
            NewUserAction.NotFound => AccountNotFound(),
            _ => new ConnectOutcome.Refused(ErrorReason.GeneralError,
                "Your company already uses this product. Ask your administrator to add you."),
        };

    /// <summary>
    /// contract row "Expired account": purchase_product, or create_trial "if the partner allows multiple trials per
    /// account"; only a new trial configures a new connection.
    /// </summary>
    private static ConnectOutcome.Proceeded Expired(ConnectFacts facts, PartnerBehaviour behaviour, bool configuresOnNewTrial)
    {
        var userStatus = facts.User == UserState.None ? UserStatus.New : UserStatus.Existing;
        return behaviour.AllowRepeatedTrials
            ? Proceed(facts, behaviour, userStatus, AccountStatus.Expired, RedirectValue.CreateTrial, configuresResources: configuresOnNewTrial)
            : Proceed(facts, behaviour, userStatus, AccountStatus.Expired, RedirectValue.PurchaseProduct, configuresResources: false);
    }

    private static ConnectOutcome.Refused AccountNotFound() => new(ErrorReason.AccountNotFound,
        "You don't have an account with us yet. Ask your administrator for an invitation, or sign up first.");

    private static ConnectOutcome.Proceeded Proceed(ConnectFacts facts, PartnerBehaviour behaviour, UserStatus userStatus,
        AccountStatus accountStatus, RedirectValue redirect, bool configuresResources) => new()
        {
            UserStatus = userStatus,
            AccountStatus = accountStatus,
            RedirectValue = redirect,
            ConfiguredResources = configuresResources,
            OpenAccount = facts.Account == AccountState.None,
            // A user new to the partner is registered when admitted (trial or sign-in), not when sent to an admin
            // or to purchase.
            RegisterUser = facts.User == UserState.None && redirect is RedirectValue.CreateTrial or RedirectValue.SignIn,
            // contract: "If is_connection_established is true in the request, connection_id should be omitted";
            // "If is_connection_established is false and configured_resources is true, connection_id must be present".
            ReturnsConnectionId = !facts.IsConnectionEstablished && configuresResources,
            // contract: oauth_redirect_uri "should be set only when the partner is configured with OAuth U2M [...] and does
            // not have a pre-registered Databricks published OAuth app connection".
            ReturnsOAuthRedirectUri = behaviour.ReturnsOAuthRedirectUri,
        };
}
