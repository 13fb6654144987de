namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.CreateOrganization;

/// <summary>A new Greenhouse organization with its first API key.</summary>
public sealed record CreateOrganizationCommand : IRequest<CreateOrganizationResult>
{
    /// <summary>Unique name of the customer.</summary>
    /// <example>Customer 1</example>
    public required string Name { get; init; }
}
