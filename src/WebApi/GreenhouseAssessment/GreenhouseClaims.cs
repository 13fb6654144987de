using System.Security.Claims;

namespace Partner.WebApi.GreenhouseAssessment;

public static class GreenhouseClaims
{
    /// <summary>The organization whose API key authenticated the request.</summary>
    public const string OrganizationId = "greenhouse_organization_id";

    /// <summary>The API key that authenticated the request (a test instance's completion callback uses it).</summary>
    public const string ApiKeyId = "greenhouse_api_key_id";

    public static Guid GreenhouseApiKeyId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.Parse(user.FindFirstValue(ApiKeyId)
            ?? throw new InvalidOperationException("The request was not authenticated with the GreenhouseBasic scheme."));
    }

    public static Guid GreenhouseOrganizationId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.Parse(user.FindFirstValue(OrganizationId)
            ?? throw new InvalidOperationException("The request was not authenticated with the GreenhouseBasic scheme."));
    }
}
