namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.DeleteLogo;

/// <summary>Removes the uploaded logo (a logo_url stays); removing none changes nothing.</summary>
public sealed record DeleteLogoCommand(Guid OrganizationId) : IRequest<Unit>, Common.Behaviours.IRetriedOnWriteConflict;
