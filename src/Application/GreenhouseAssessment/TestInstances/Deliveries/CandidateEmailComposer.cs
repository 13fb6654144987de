using System.Net;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Greenhouse;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Deliveries;

/// <summary>The candidate's e-mail: their name, the test's name and the link to the candidate page, as text and HTML.</summary>
public static class CandidateEmailComposer
{
    public static EmailMessage Compose(TestInstance instance, string testName, string organizationName, string link)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var name = $"{instance.FirstName} {instance.LastName}".Trim();
        var subject = $"Your assessment: {testName}";
        var text = $"""
            Hello {instance.FirstName},

            {organizationName} has invited you to take the assessment "{testName}".

            Open this link to see what the test involves and to start it when you are ready:
            {link}

            The link is personal; please don't share it.
            """;
        string E(string value) => WebUtility.HtmlEncode(value);
        var html = $"""
            <!DOCTYPE html><html lang="en"><body style="font-family:sans-serif">
            <p>Hello {E(instance.FirstName)},</p>
            <p>{E(organizationName)} has invited you to take the assessment <strong>{E(testName)}</strong>.</p>
            <p><a href="{E(link)}">Open your assessment</a> to see what the test involves and to start it when you are ready.</p>
            <p>The link is personal; please don't share it.</p>
            </body></html>
            """;
        return new EmailMessage(instance.Email, name, subject, text, html);
    }
}
