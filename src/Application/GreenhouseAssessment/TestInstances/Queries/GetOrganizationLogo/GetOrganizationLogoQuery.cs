using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetOrganizationLogo;

/// <summary>An organization's uploaded logo for its candidate pages, by the start of its hash (an older logo's address is 404).</summary>
public sealed record GetOrganizationLogoQuery(Guid OrganizationId, string Hash) : IRequest<OrganizationLogoFile>;

/// <summary>The image and its ETag.</summary>
public sealed record OrganizationLogoFile(string ContentType, byte[] Content, string Hash);

public sealed class GetOrganizationLogoQueryValidator : AbstractValidator<GetOrganizationLogoQuery>
{
    public GetOrganizationLogoQueryValidator() => RuleFor(q => q.Hash).NotEmpty().Length(16).Matches("^[0-9a-f]+$");
}

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
