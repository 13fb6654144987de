namespace Partner.Application.DatabricksSelfTesting;

/// <summary>
/// The partner's own workspace (Databricks:Host, Databricks:Token). Failures throw PartnerException: UpstreamError with
/// Databricks' status, error_code and message, or BadRequest for a missing or refused configuration.
/// </summary>
public interface IDatabricksWorkspaceClient
{
    Task<string> CreateSelfTestPartnerAsync(SelfTestPartner partner, CancellationToken cancellationToken);

    /// <summary>Empty when there is none.</summary>
    Task<IReadOnlyList<SelfTestPartnerSummary>> GetSelfTestPartnersAsync(CancellationToken cancellationToken);

    Task UpdateSelfTestPartnerAsync(string partnerId, SelfTestPartner partner, CancellationToken cancellationToken);

    Task DeleteSelfTestPartnerAsync(string partnerId, CancellationToken cancellationToken);

    Task CreateSecretScopeIfMissingAsync(string scope, CancellationToken cancellationToken);

    /// <summary>The value is never logged.</summary>
    Task PutSecretAsync(string scope, string key, string value, CancellationToken cancellationToken);
}
