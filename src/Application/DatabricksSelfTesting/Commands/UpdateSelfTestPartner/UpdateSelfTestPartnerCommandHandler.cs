using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;

namespace Partner.Application.DatabricksSelfTesting.Commands.UpdateSelfTestPartner;

public sealed class UpdateSelfTestPartnerCommandHandler(
    IDatabricksWorkspaceClient workspace,
    IOptions<PartnerConfig> partnerConfig,
    IOptions<PartnerConnectOptions> partnerConnect,
    IOptions<DatabricksOptions> databricks,
    ILogger<UpdateSelfTestPartnerCommandHandler> logger)
    : IRequestHandler<UpdateSelfTestPartnerCommand, UpdateSelfTestPartnerResult>
{
    public async Task<UpdateSelfTestPartnerResult> Handle(UpdateSelfTestPartnerCommand request, CancellationToken cancellationToken)
    {
        var credential = SelfTestAuthorization.FirstCredential(partnerConnect.Value);
        var partner = SelfTestPartner.From(partnerConfig.Value, databricks.Value.SelfTest);
        var existing = await SelfTestPartnerLookup.FindAsync(workspace, partner.Name, cancellationToken);

        await workspace.UpdateSelfTestPartnerAsync(existing.Id, partner, cancellationToken);
        logger.LogInformation("Self-testing partner {PartnerId} updated", existing.Id);

        // The credential may have been rotated since create.
        await SelfTestAuthorization.StoreAsync(workspace, existing.Id, credential, cancellationToken);
        return new UpdateSelfTestPartnerResult(existing.Id, SelfTestAuthorization.SecretScope, existing.Id, partner,
            SelfTestPartnerLookup.DropsConnectionsNotice);
    }
}
