using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetLogo;

/// <summary>
/// An uploaded logo that we serve to the organization's candidate pages: PNG, JPEG or WebP (read from the bytes), at most
/// 256 KiB. It replaces a logo_url.
/// </summary>
public sealed record SetLogoCommand(Guid OrganizationId, byte[] Content) : IRequest<BrandDto>, Common.Behaviours.IRetriedOnWriteConflict
{
    public override string ToString() => $"SetLogoCommand {{ OrganizationId = {OrganizationId}, Bytes = {Content.Length} }}";
}
