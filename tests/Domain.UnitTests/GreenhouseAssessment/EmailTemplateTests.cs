using Partner.Domain.GreenhouseAssessment;

namespace Partner.Domain.UnitTests.GreenhouseAssessment;

/// <summary>
/// An organization's e-mail templates: named placeholders only, no markup but a few formatting tags, refused at save
/// time; rendered as plain text and as HTML with every value escaped.
/// </summary>
public sealed class EmailTemplateTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["candidate"] = "Kate <b>",
        ["test"] = "SQL & Data",
        ["link"] = "https://partner.example.com/assessments/abc?x=1&y=2",
        ["deadline"] = "14 December 2026, 17:00 UTC (in 2 days)",
        ["organization"] = "Acme",
    };

    [TestCase(EmailKind.Invitation)]
    [TestCase(EmailKind.Reminder)]
    public void ShippedDefaults_AreValid(EmailKind kind) =>
        Assert.That(EmailTemplate.Problems(EmailTemplate.DefaultSubject(kind), EmailTemplate.DefaultBody(kind)), Is.Empty);

    [TestCase("Hi {{name}} {{link}}", "unknown placeholder {{name}}")]
    [TestCase("Hi {{ candidate {{link}}", "malformed placeholder")]
    [TestCase("Hi }} {{link}}", "malformed placeholder")]
    [TestCase("<script>alert(1)</script> {{link}}", "not allowed")]
    [TestCase("<img src=x onerror=alert(1)> {{link}}", "not allowed")]
    [TestCase("<a href=\"https://evil.example\">x</a> {{link}}", "not allowed")]
    [TestCase("<strong style=\"x\">x</strong> {{link}}", "not allowed")]
    [TestCase("<!-- x --> {{link}}", "not allowed")]
    [TestCase("<strong>x {{link}}", "leaves <strong> open")]
    [TestCase("x</em> {{link}}", "closes <em> without opening it")]
    [TestCase("&lt;script&gt; {{link}}", "character references")]
    [TestCase("Hello {{candidate}}", "must contain {{link}}")]
    public void UnsafeOrUnknown_IsRefused_SayingWhy(string body, string expected) =>
        Assert.That(EmailTemplate.Problems("Subject", body), Has.Some.Contains(expected));

    [TestCase("", "subject must be 1 to")]
    [TestCase("Line\nbreak", "one line")]
    [TestCase("<b>Hi</b>", "must not contain markup")]
    [TestCase("Hi {{nope}}", "unknown placeholder")]
    public void BadSubject_IsRefused(string subject, string expected) =>
        Assert.That(EmailTemplate.Problems(subject, "{{link}}"), Has.Some.Contains(expected));

    [Test]
    public void FormattingTags_AreAllowed() =>
        Assert.That(EmailTemplate.Problems("Hi", "<strong>a</strong> <em>b</em> <b>c</b> <i>d</i><br>e<br/> {{link}}"), Is.Empty);

    [Test]
    public void Html_EscapesEveryValue_LinksTheLink_AndKeepsOnlyTheFormattingTags()
    {
        var html = EmailTemplate.RenderHtml("Dear {{candidate}},\n\nTake <strong>{{test}}</strong> by {{deadline}}:\n{{link}}", Values);

        Assert.That(html, Is.EqualTo(
            "<p>Dear Kate &lt;b&gt;,</p>\n"
            + "<p>Take <strong>SQL &amp; Data</strong> by 14 December 2026, 17:00 UTC (in 2 days):<br>\n"
            + "<a href=\"https://partner.example.com/assessments/abc?x=1&amp;y=2\">https://partner.example.com/assessments/abc?x=1&amp;y=2</a></p>\n"));
    }

    [Test]
    public void Text_KeepsValuesAsTheyAre_AndDropsTheTags()
    {
        var text = EmailTemplate.RenderText("Dear {{candidate}},\r\n\r\nTake <strong>{{test}}</strong>:<br>{{link}}", Values);

        Assert.That(text, Is.EqualTo("Dear Kate <b>,\n\nTake SQL & Data:\nhttps://partner.example.com/assessments/abc?x=1&y=2"));
    }

    [Test]
    public void Subject_TakesValuesOnOneLine() =>
        Assert.That(EmailTemplate.RenderSubject("{{organization}}: {{test}}", new Dictionary<string, string>(Values) { ["test"] = "A\nB" }),
            Is.EqualTo("Acme: A B"));
}
