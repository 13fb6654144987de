namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetOrganizationLogo;

/// <summary>The image and its ETag.</summary>
public sealed record OrganizationLogoFile(string ContentType, byte[] Content, string Hash);
