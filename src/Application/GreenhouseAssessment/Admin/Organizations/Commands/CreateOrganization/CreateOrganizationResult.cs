namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.CreateOrganization;

/// <summary>The organization and its key. The key is shown only here: store it in Greenhouse now.</summary>
public sealed record CreateOrganizationResult
{
    public required Guid Id { get; init; }

    /// <example>Customer 1</example>
    public required string Name { get; init; }

    /// <summary>Greenhouse's Basic user name (empty password). Shown once.</summary>
    /// <example>gh_3q2-7wEvZ6k0r5q4Yb3Sx9VgX0j1mS2uK8d4cT6eP1w</example>
    public required string ApiKey { get; init; }

    /// <summary>The key's id, to revoke it later.</summary>
    public required Guid ApiKeyId { get; init; }

    public override string ToString() => $"CreateOrganizationResult {{ Id = {Id}, ApiKey = *** }}";
}
