namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;

/// <summary>The organization's e-mail templates (the invitation, the reminder) as used now: its own or the shipped defaults.</summary>
public sealed record GetEmailTemplatesQuery(Guid OrganizationId) : IRequest<IReadOnlyList<EmailTemplateDto>>;
