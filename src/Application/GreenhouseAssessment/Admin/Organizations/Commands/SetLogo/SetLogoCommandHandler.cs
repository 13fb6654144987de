using System.Security.Cryptography;
using AutoMapper;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetLogo;

public sealed class SetLogoCommandHandler(IApplicationDbContext db, TimeProvider time, IMapper mapper) : IRequestHandler<SetLogoCommand, BrandDto>
{
    public async Task<BrandDto> Handle(SetLogoCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationAsync(request.OrganizationId, cancellationToken);
        var contentType = OrganizationLogo.DetectContentType(request.Content)!;
        var hash = Convert.ToHexStringLower(SHA256.HashData(request.Content));
        var now = time.GetUtcNow();
        if (await db.OrganizationLogos.FirstOrDefaultAsync(l => l.OrganizationId == organization.Id, cancellationToken) is { } logo)
        {
            logo.Replace(contentType, request.Content, hash, now);
        }
        else
        {
            db.OrganizationLogos.Add(OrganizationLogo.Create(organization.Id, contentType, request.Content, hash, now));
        }

        organization.UseUploadedLogo(hash);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<BrandDto>(organization);
    }
}
