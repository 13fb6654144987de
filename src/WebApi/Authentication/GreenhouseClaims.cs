using System.Security.Claims;

namespace Partner.WebApi.Authentication;

public static class GreenhouseClaims
{
    /// <summary>The organization whose API key authenticated the request.</summary>
    public const string OrganizationId = "greenhouse_organization_id";

    public static Guid GreenhouseOrganizationId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.Parse(user.FindFirstValue(OrganizationId)
            ?? throw new InvalidOperationException("The request was not authenticated with the GreenhouseBasic scheme."));
    }
}
