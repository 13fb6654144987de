namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>The parts of the PartnerConfig (and PartnerConnect options) that steer the Connect decision.</summary>
public sealed record PartnerBehaviour
{
    public NewUserAction NewUserAction { get; init; } = NewUserAction.AutoAdd;

    public bool RequireManualSignup { get; init; }

    public TrialType TrialType { get; init; } = TrialType.Account;

    public bool SupportsDemo { get; init; } = true;

    /// <summary>contract: "partner allows multiple trials per account" (PartnerConnect:AllowRepeatedTrials).</summary>
    public bool AllowRepeatedTrials { get; init; }

    /// <summary>auth_options contains AUTH_OAUTH_U2M and is_published_app is not true.</summary>
    public bool ReturnsOAuthRedirectUri { get; init; }
}
