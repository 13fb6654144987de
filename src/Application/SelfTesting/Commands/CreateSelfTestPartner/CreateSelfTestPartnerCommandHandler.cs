using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Configuration;

namespace Partner.Application.SelfTesting.Commands.CreateSelfTestPartner;

public sealed class CreateSelfTestPartnerCommandHandler(
    IDatabricksWorkspaceClient workspace,
    IOptions<PartnerConfig> partnerConfig,
    IOptions<PartnerConnectOptions> partnerConnect,
    IOptions<DatabricksOptions> databricks,
    ILogger<CreateSelfTestPartnerCommandHandler> logger)
    : IRequestHandler<CreateSelfTestPartnerCommand, CreateSelfTestPartnerResult>
{
    public async Task<CreateSelfTestPartnerResult> Handle(CreateSelfTestPartnerCommand request, CancellationToken cancellationToken)
    {
        // Checked before creating: a tile Databricks cannot authenticate to is useless.
        var credential = SelfTestAuthorization.FirstCredential(partnerConnect.Value);
        var partner = SelfTestPartner.From(partnerConfig.Value, databricks.Value.SelfTest);

        var id = await workspace.CreateSelfTestPartnerAsync(partner, cancellationToken);
        logger.LogInformation("Self-testing partner {PartnerId} created", id);

        // seed: "After creating the self-testing partner, set up the Authorization header".
        await SelfTestAuthorization.StoreAsync(workspace, id, credential, cancellationToken);
        return new CreateSelfTestPartnerResult(id, SelfTestAuthorization.SecretScope, id, partner);
    }
}
