using System.Net;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

/// <summary>
/// A candidate's e-mail (the invitation or the reminder) from the organization's template or the shipped default: plain
/// text and HTML, in the organization's name and accent colour, with the partner company's product name at the foot.
/// </summary>
public static class CandidateEmailComposer
{
    public static EmailMessage Compose(EmailKind kind, TestInstance instance, string testName, Organization organization, string link, string productName,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(organization);
        var brand = CandidateBrand.Of(organization);
        var values = new Dictionary<string, string>
        {
            ["candidate"] = instance.GreetingName,
            ["test"] = testName,
            ["link"] = link,
            ["deadline"] = instance.InvitationExpiresAt is { } expiresAt ? brand.Describe(expiresAt, now).ToString() : "no particular date",
            ["organization"] = organization.ShownName,
        };
        var (_, subject, body, _) = organization.EmailTemplateOf(kind);
        var footer = $"Sent by {productName} on behalf of {organization.ShownName}.";
        var text = $"{EmailTemplate.RenderText(body, values).TrimEnd()}\n\n--\n{footer}\n";
        string E(string value) => WebUtility.HtmlEncode(value);
        var html = $"""
            <!DOCTYPE html><html lang="en"><body style="font-family:sans-serif;color:#1f2937;line-height:1.5">
            <div style="border-top:6px solid {brand.AccentColor};padding-top:8px;font-weight:bold;font-size:18px">{E(organization.ShownName)}</div>
            {EmailTemplate.RenderHtml(body, values)}<p style="color:#4b5563;font-size:13px;border-top:1px solid #d1d5db;padding-top:8px">{E(footer)}</p>
            </body></html>
            """;
        var name = $"{instance.FirstName} {instance.LastName}".Trim();
        return new EmailMessage(instance.Email, name, EmailTemplate.RenderSubject(subject, values), text, html,
            organization.EmailSenderName ?? organization.ShownName, organization.ReplyTo);
    }
}
