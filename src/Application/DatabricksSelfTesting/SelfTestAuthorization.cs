using System.Text;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksSelfTesting;

/// <summary>The Authorization header Databricks must send to the self-testing partner's endpoints, kept as a workspace secret.</summary>
public static class SelfTestAuthorization
{
    public const string SecretScope = "partner-connect";

    /// <summary>The first accepted credential: Databricks sends one header, and rotation keeps the first entry current.</summary>
    public static BasicCredential FirstCredential(PartnerConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Credentials.FirstOrDefault() ?? throw new PartnerException(ErrorReason.BadRequest,
            "No Basic credential is configured, so Databricks would have no Authorization header to send.",
            "PartnerConnect:Credentials has no entry; configure one before creating the self-testing partner.");
    }

    public static string HeaderValue(BasicCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credential.Username}:{credential.Password}"));
    }

    public static async Task StoreAsync(IDatabricksWorkspaceClient workspace, string partnerId, BasicCredential credential,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        try
        {
            await workspace.CreateSecretScopeIfMissingAsync(SecretScope, cancellationToken);
            await workspace.PutSecretAsync(SecretScope, partnerId, HeaderValue(credential), cancellationToken);
        }
        catch (PartnerException ex) when (ex.Reason == ErrorReason.UpstreamError)
        {
            throw new PartnerException(ErrorReason.UpstreamError,
                $"The self-testing partner {partnerId} exists, but storing its Authorization header in secret scope {SecretScope} failed: " +
                $"{ex.DisplayMessage} Retry with PUT /admin/self-test-partner.", ex.DebuggingMessage)
            { Upstream = ex.Upstream };
        }
    }
}
