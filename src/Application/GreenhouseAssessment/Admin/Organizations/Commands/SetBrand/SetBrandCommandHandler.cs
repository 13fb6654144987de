using AutoMapper;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetBrand;

public sealed class SetBrandCommandHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<SetBrandCommand, BrandDto>
{
    public async Task<BrandDto> Handle(SetBrandCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationAsync(request.OrganizationId, cancellationToken);
        organization.Rebrand(new OrganizationBrand(request.DisplayName, request.LogoUrl, request.AccentColor, request.EmailSenderName, request.ReplyTo,
            request.TimeZone));
        if (organization.LogoUrl is not null && await db.OrganizationLogos.FirstOrDefaultAsync(l => l.OrganizationId == organization.Id, cancellationToken) is { } logo)
        {
            db.OrganizationLogos.Remove(logo);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<BrandDto>(organization);
    }
}
