using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.RevokeApiKey;

public sealed class RevokeApiKeyCommandHandler(IApplicationDbContext db, GreenhouseKeyResolver keys, TimeProvider time) : IRequestHandler<RevokeApiKeyCommand, Unit>
{
    public async Task<Unit> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var key = await db.OrganizationApiKeys
            .FirstOrDefaultAsync(k => k.Id == request.KeyId && k.OrganizationId == request.OrganizationId, cancellationToken)
            ?? throw new PartnerException(ErrorReason.NotFound, "No API key with this id for this organization.");
        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        keys.Forget(key.KeyHash);
        return Unit.Value;
    }
}
