using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetOrganizationLogo;

public sealed class GetOrganizationLogoQueryHandler(IApplicationDbContext db) : IRequestHandler<GetOrganizationLogoQuery, OrganizationLogoFile>
{
    public async Task<OrganizationLogoFile> Handle(GetOrganizationLogoQuery request, CancellationToken cancellationToken)
    {
        var logo = await db.OrganizationLogos.AsNoTracking().Where(l => l.OrganizationId == request.OrganizationId)
            .Select(l => new OrganizationLogoFile(l.ContentType, l.Content, l.Hash)).FirstOrDefaultAsync(cancellationToken);
        return logo is not null && logo.Hash.StartsWith(request.Hash, StringComparison.Ordinal)
            ? logo
            : throw new PartnerException(ErrorReason.NotFound, "No such logo.");
    }
}
