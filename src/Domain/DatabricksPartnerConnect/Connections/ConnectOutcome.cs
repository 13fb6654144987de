using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>The decision for one Connect call: a refusal, or what to answer and what to persist.</summary>
public abstract record ConnectOutcome
{
    private protected ConnectOutcome()
    {
    }

    /// <summary>An error answer (404 account/connection not found, 500 general_error).</summary>
    public sealed record Refused(ErrorReason Reason, string DisplayMessage) : ConnectOutcome;

    /// <summary>A 200 answer.</summary>
    public sealed record Proceeded : ConnectOutcome
    {
        public required UserStatus UserStatus { get; init; }

        public required AccountStatus AccountStatus { get; init; }

        public required RedirectValue RedirectValue { get; init; }

        /// <summary>contract: configured_resources, whether the partner persisted the Databricks resources now.</summary>
        public required bool ConfiguredResources { get; init; }

        /// <summary>Create the account (the domain is new to the partner).</summary>
        public bool OpenAccount { get; init; }

        /// <summary>Register the user (the e-mail is new to the partner and is admitted).</summary>
        public bool RegisterUser { get; init; }

        /// <summary>contract: connection_id must be present when is_connection_established is false and
        /// configured_resources is true, and omitted otherwise.</summary>
        public required bool ReturnsConnectionId { get; init; }

        /// <summary>contract: oauth_redirect_uri only with AUTH_OAUTH_U2M and no published app.</summary>
        public required bool ReturnsOAuthRedirectUri { get; init; }
    }
}
