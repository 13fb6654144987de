using AutoMapper;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;

/// <summary>One e-mail's template.</summary>
public sealed record EmailTemplateDto
{
    /// <summary>invitation or reminder.</summary>
    /// <example>invitation</example>
    public required EmailKind Kind { get; init; }

    /// <example>{{organization}} invites you to take {{test}}</example>
    public required string Subject { get; init; }

    /// <example>Hello {{candidate}},&#10;&#10;Open your personal link: {{link}}&#10;&#10;Please start before {{deadline}}.</example>
    public required string Body { get; init; }

    /// <summary>Whether this is the shipped default (the organization has not set its own).</summary>
    public required bool IsDefault { get; init; }

    /// <summary>The placeholders a template may use.</summary>
    public IReadOnlyList<string> Placeholders { get; init; } = [.. EmailTemplate.Placeholders.Select(p => "{{" + p + "}}")];

    internal sealed class Mapping : Profile
    {
        // Placeholders keeps its initial value: the same list for every template.
        public Mapping() => CreateMap<EmailTemplateInUse, EmailTemplateDto>().ForMember(d => d.Placeholders, o => o.Ignore());
    }
}
