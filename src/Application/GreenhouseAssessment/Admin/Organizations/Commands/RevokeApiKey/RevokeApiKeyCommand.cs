namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.RevokeApiKey;

/// <summary>Retires a key: Greenhouse calls with it get 401 from now on.</summary>
public sealed record RevokeApiKeyCommand(Guid OrganizationId, Guid KeyId) : IRequest<Unit>;
