using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

/// <summary>An organization's brand.</summary>
public sealed record GetBrandQuery(Guid OrganizationId) : IRequest<BrandDto>;

public sealed class GetBrandQueryHandler(IApplicationDbContext db) : IRequestHandler<GetBrandQuery, BrandDto>
{
    public async Task<BrandDto> Handle(GetBrandQuery request, CancellationToken cancellationToken) =>
        BrandDto.From(await db.OrganizationAsync(request.OrganizationId, cancellationToken, tracked: false));
}

public sealed class GetBrandQueryValidator : AbstractValidator<GetBrandQuery>
{
    public GetBrandQueryValidator() => RuleFor(q => q.OrganizationId).NotEmpty().OverridePropertyName("id");
}
