namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.IssueApiKey;

/// <summary>A further key for an organization (rotation: issue, let Greenhouse switch, revoke the old one).</summary>
public sealed record IssueApiKeyCommand(Guid OrganizationId) : IRequest<ApiKeyResult>;
