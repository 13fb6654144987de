namespace Partner.Domain.GreenhouseAssessment;

/// <summary>The template an organization's e-mail of one kind is written with now: its own, or the shipped default.</summary>
public sealed record EmailTemplateInUse(EmailKind Kind, string Subject, string Body, bool IsDefault);
