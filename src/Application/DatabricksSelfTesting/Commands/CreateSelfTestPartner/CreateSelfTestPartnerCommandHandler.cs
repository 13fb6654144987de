using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.Application.DatabricksSelfTesting.Commands.CreateSelfTestPartner;

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

        // contract: "there can only be one self-testing partner per workspace": say so plainly rather than relay Databricks' refusal.
        var existing = await workspace.GetSelfTestPartnersAsync(cancellationToken);
        if (existing.Count > 0)
        {
            throw new PartnerException(ErrorReason.Conflict, $"The workspace already has self-testing partner {existing[0].Id}.",
                "Update it with PUT /admin/self-test-partner, or delete it first.");
        }

        var id = await workspace.CreateSelfTestPartnerAsync(partner, cancellationToken);
        logger.LogInformation("Self-testing partner {PartnerId} created", id);

        // contract: "After creating the self-testing partner, set up the Authorization header".
        await SelfTestAuthorization.StoreAsync(workspace, id, credential, cancellationToken);
        return new CreateSelfTestPartnerResult(id, SelfTestAuthorization.SecretScope, id, partner);
    }
}
