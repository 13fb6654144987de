using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

/// <summary>An organization's brand.</summary>
public sealed record GetBrandQuery(Guid OrganizationId) : IRequest<BrandDto>;

public sealed class GetBrandQueryHandler(IApplicationDbContext db) : IRequestHandler<GetBrandQuery, BrandDto>
{
    public async Task<BrandDto> Handle(GetBrandQuery request, CancellationToken cancellationToken) =>
        BrandDto.From(await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken)
            ?? throw new PartnerException(ErrorReason.NotFound, "No organization with this id."));
}

public sealed class GetBrandQueryValidator : AbstractValidator<GetBrandQuery>
{
    public GetBrandQueryValidator() => RuleFor(q => q.OrganizationId).NotEmpty().OverridePropertyName("id");
}
