namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.RevokeApiKey;

/// <summary>
/// Retires a key: Greenhouse calls with it get 401 from now on. Revoking a revoked key changes nothing (204), also when
/// two revokes race.
/// </summary>
public sealed record RevokeApiKeyCommand(Guid OrganizationId, Guid KeyId) : IRequest<Unit>, Common.Behaviours.IRetriedOnWriteConflict;
