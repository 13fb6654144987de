using Partner.Application.Common.Interfaces;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.DeleteConnection;

public sealed class DeleteConnectionCommandHandler(IApplicationDbContext db, TimeProvider time)
    : IRequestHandler<DeleteConnectionCommand, DeleteConnectionResult>
{
    public async Task<DeleteConnectionResult> Handle(DeleteConnectionCommand request, CancellationToken cancellationToken)
    {
        var connection = await db.Connections.FindLiveAsync(request, cancellationToken);
        connection.Delete(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await db.EraseDeletedAsync(cancellationToken);
        return new DeleteConnectionResult(ResourceStatus.ResourcesDeleted);
    }
}
