using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;

namespace Partner.Application.DatabricksSelfTesting.Commands.DeleteSelfTestPartner;

public sealed class DeleteSelfTestPartnerCommandHandler(
    IDatabricksWorkspaceClient workspace,
    IOptions<PartnerConfig> partnerConfig,
    ILogger<DeleteSelfTestPartnerCommandHandler> logger)
    : IRequestHandler<DeleteSelfTestPartnerCommand, DeleteSelfTestPartnerResult>
{
    public async Task<DeleteSelfTestPartnerResult> Handle(DeleteSelfTestPartnerCommand request, CancellationToken cancellationToken)
    {
        var existing = await SelfTestPartnerLookup.FindAsync(workspace, partnerConfig.Value.Name, cancellationToken);
        await workspace.DeleteSelfTestPartnerAsync(existing.Id, cancellationToken);
        logger.LogInformation("Self-testing partner {PartnerId} deleted", existing.Id);
        return new DeleteSelfTestPartnerResult(existing.Id, SelfTestPartnerLookup.DropsConnectionsNotice);
    }
}
