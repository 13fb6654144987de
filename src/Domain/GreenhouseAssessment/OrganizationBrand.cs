namespace Partner.Domain.GreenhouseAssessment;

/// <summary>What an organization's candidates see of it (null: the default).</summary>
public sealed record OrganizationBrand(
    string? DisplayName, string? LogoUrl, string? AccentColor, string? EmailSenderName, string? ReplyTo, string? TimeZone);
