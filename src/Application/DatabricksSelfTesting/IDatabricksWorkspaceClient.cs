namespace Partner.Application.DatabricksSelfTesting;

/// <summary>
/// The partner's own Databricks workspace (Databricks:Host and Databricks:Token), as the self-testing partner use cases
/// need it. A refusal, a timeout or an unreachable workspace throws PartnerException with ErrorReason.UpstreamError and
/// Databricks' status, error_code and message; a missing or refused configuration throws it with ErrorReason.BadRequest.
/// </summary>
public interface IDatabricksWorkspaceClient
{
    /// <summary>POST .../self-test-partners/create/; the new partner's id.</summary>
    Task<string> CreateSelfTestPartnerAsync(SelfTestPartner partner, CancellationToken cancellationToken);

    /// <summary>GET .../self-test-partners/get/; empty when there is none.</summary>
    Task<IReadOnlyList<SelfTestPartnerSummary>> GetSelfTestPartnersAsync(CancellationToken cancellationToken);

    /// <summary>PUT .../self-test-partners/update/{id}.</summary>
    Task UpdateSelfTestPartnerAsync(string partnerId, SelfTestPartner partner, CancellationToken cancellationToken);

    /// <summary>DELETE .../self-test-partners/delete/{id}.</summary>
    Task DeleteSelfTestPartnerAsync(string partnerId, CancellationToken cancellationToken);

    /// <summary>Secrets API scopes/create; a scope that already exists is fine.</summary>
    Task CreateSecretScopeIfMissingAsync(string scope, CancellationToken cancellationToken);

    /// <summary>Secrets API put: stores <paramref name="value"/> as string_value. The value is never logged.</summary>
    Task PutSecretAsync(string scope, string key, string value, CancellationToken cancellationToken);
}
