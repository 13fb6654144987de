using System.Text.Json.Serialization;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetEmailTemplate;

/// <summary>
/// The organization's own subject and body of one e-mail, with named placeholders ({{candidate}}, {{test}}, {{link}},
/// {{deadline}}, {{organization}}); the body must contain {{link}} and may use &lt;strong&gt;, &lt;em&gt;, &lt;b&gt;,
/// &lt;i&gt; and &lt;br&gt;. Unknown placeholders and any other markup are refused. Null subject and body (DELETE) go
/// back to the shipped default.
/// </summary>
public sealed record SetEmailTemplateCommand : IRequest<EmailTemplateDto>, Common.Behaviours.IRetriedOnWriteConflict
{
    /// <example>{{organization}}: your {{test}} assessment</example>
    public required string Subject { get; init; }

    /// <example>Hello {{candidate}},&#10;&#10;Open your personal link: {{link}}&#10;&#10;Please start before {{deadline}}.</example>
    public required string Body { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid OrganizationId { get; init; }

    /// <summary>From the route.</summary>
    [JsonIgnore]
    public EmailKind Kind { get; init; }

    /// <summary>From the route (DELETE): back to the shipped default.</summary>
    [JsonIgnore]
    public bool Reset { get; init; }
}
