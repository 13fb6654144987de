using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Partner.Domain.GreenhouseAssessment;

/// <summary>
/// An organization's e-mail templates: text with named placeholders (<c>{{candidate}}</c>, <c>{{test}}</c>, <c>{{link}}</c>,
/// <c>{{deadline}}</c>, <c>{{organization}}</c>). A body may use <c>&lt;strong&gt;</c>, <c>&lt;em&gt;</c>, <c>&lt;b&gt;</c>,
/// <c>&lt;i&gt;</c> (without attributes, closed) and <c>&lt;br&gt;</c>; a blank line starts a paragraph. Anything else
/// that looks like markup, and unknown placeholders, are refused when the template is saved (<see cref="Problems"/>).
/// Rendered as plain text and as HTML, with every value escaped in the HTML.
/// </summary>
public static partial class EmailTemplate
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 5000;

    public static IReadOnlyList<string> Placeholders { get; } = ["candidate", "test", "link", "deadline", "organization"];

    public static string DefaultSubject(EmailKind kind) => kind switch
    {
        EmailKind.Reminder => "Reminder: your {{test}} assessment for {{organization}}",
        _ => "{{organization}} invites you to take {{test}}",
    };

    public static string DefaultBody(EmailKind kind) => kind switch
    {
        EmailKind.Reminder => """
            Hello {{candidate}},

            A reminder that {{organization}} has invited you to take the assessment <strong>{{test}}</strong>, and that your invitation expires on {{deadline}}.

            Your personal link:
            {{link}}

            If you have decided not to take it, you can ignore this message.
            """,
        _ => """
            Hello {{candidate}},

            {{organization}} has invited you to take the assessment <strong>{{test}}</strong>.

            Open your personal link to see what the test involves, and start it when you are ready:
            {{link}}

            Please start before {{deadline}}. The link is yours alone; please don't share it.
            """,
    };

    /// <summary>Why this subject and body cannot be saved; empty when they can.</summary>
    public static IReadOnlyList<string> Problems(string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > SubjectMaxLength)
        {
            problems.Add($"subject must be 1 to {SubjectMaxLength} characters.");
        }

        if (subject.Any(char.IsControl))
        {
            problems.Add("subject must be one line, without control characters.");
        }

        if (Markup().IsMatch(subject))
        {
            problems.Add("subject must not contain markup.");
        }

        if (string.IsNullOrWhiteSpace(body) || body.Length > BodyMaxLength)
        {
            problems.Add($"body must be 1 to {BodyMaxLength} characters.");
        }

        if (body.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            problems.Add("body must not contain control characters other than line breaks and tabs.");
        }

        foreach (var (name, text) in new[] { ("subject", subject), ("body", body) })
        {
            problems.AddRange(PlaceholderProblems(name, text));
        }

        problems.AddRange(MarkupProblems(body));
        if (!Placeholder().Matches(body).Any(m => m.Groups[1].Value == "link"))
        {
            problems.Add("body must contain {{link}}: it is how the candidate reaches the test.");
        }

        return problems;
    }

    /// <summary>The subject with its values (no markup, one line).</summary>
    public static string RenderSubject(string subject, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(subject, m => OneLine(values[m.Groups[1].Value]));

    /// <summary>The plain-text part: values as they are, formatting tags dropped, &lt;br&gt; a line break.</summary>
    public static string RenderText(string body, IReadOnlyDictionary<string, string> values)
    {
        // Tags are dropped from the template before the values go in: a value's own "<b>" is text, and stays.
        var text = AllowedTag().Replace(Normalize(body), m => m.Groups[1].Value.Equals("br", StringComparison.OrdinalIgnoreCase) ? "\n" : string.Empty);
        return Placeholder().Replace(text, m => values[m.Groups[1].Value]);
    }

    /// <summary>The HTML part: text and values escaped, the link an anchor, blank lines paragraphs, line breaks &lt;br&gt;.</summary>
    public static string RenderHtml(string body, IReadOnlyDictionary<string, string> values)
    {
        var html = new StringBuilder();
        foreach (var paragraph in Normalize(body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>");
            var position = 0;
            foreach (Match token in Token().Matches(paragraph))
            {
                html.Append(Escape(paragraph[position..token.Index]));
                html.Append(token.Groups["name"].Success ? Value(token.Groups["name"].Value) : Tag(token.Value));
                position = token.Index + token.Length;
            }

            html.Append(Escape(paragraph[position..])).Append("</p>\n");
        }

        return html.ToString();

        string Value(string name) => name == "link"
            ? $"<a href=\"{WebUtility.HtmlEncode(values[name])}\">{WebUtility.HtmlEncode(values[name])}</a>"
            : Escape(values[name]);
    }

    private static string Tag(string tag)
    {
        var match = AllowedTag().Match(tag);
        var name = match.Groups[1].Value.ToLowerInvariant();
        return name == "br" ? "<br>" : $"<{(tag.StartsWith("</", StringComparison.Ordinal) ? "/" : string.Empty)}{name}>";
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>\n", StringComparison.Ordinal);

    private static string Normalize(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string OneLine(string value) => new(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static IEnumerable<string> PlaceholderProblems(string name, string text)
    {
        foreach (Match braces in Braces().Matches(text))
        {
            var placeholder = Placeholder().Match(braces.Value);
            if (!placeholder.Success || placeholder.Length != braces.Length)
            {
                yield return $"{name} has a malformed placeholder \"{braces.Value}\"; write them as {{{{candidate}}}}.";
            }
            else if (!Placeholders.Contains(placeholder.Groups[1].Value))
            {
                yield return $"{name} has an unknown placeholder {braces.Value}; known: {string.Join(", ", Placeholders.Select(p => "{{" + p + "}}"))}.";
            }
        }
    }

    private static IEnumerable<string> MarkupProblems(string body)
    {
        var open = new Stack<string>();
        foreach (Match markup in Markup().Matches(body))
        {
            var tag = AllowedTag().Match(markup.Value);
            if (!tag.Success || tag.Length != markup.Length)
            {
                yield return $"body has markup that is not allowed: \"{Shorten(markup.Value)}\" (allowed: <strong>, <em>, <b>, <i> without attributes, and <br>).";
                continue;
            }

            var name = tag.Groups[1].Value.ToLowerInvariant();
            if (name == "br")
            {
                continue;
            }

            if (!markup.Value.StartsWith("</", StringComparison.Ordinal))
            {
                open.Push(name);
            }
            else if (!open.TryPop(out var opened) || opened != name)
            {
                yield return $"body closes <{name}> without opening it.";
            }
        }

        if (open.Count > 0)
        {
            yield return $"body leaves <{open.Peek()}> open.";
        }

        if (body.Contains('&', StringComparison.Ordinal) && Entity().IsMatch(body))
        {
            yield return "body must not contain character references such as &amp;: write the character itself.";
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{.*?(\}\}|$)|\}\}", RegexOptions.Singleline)]
    private static partial Regex Braces();

    // Anything a mail client might read as a tag, a comment or a declaration.
    [GeneratedRegex(@"<\s*[/!?a-zA-Z][^<>]*>?")]
    private static partial Regex Markup();

    [GeneratedRegex(@"</?(strong|em|b|i|br)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex AllowedTag();

    [GeneratedRegex(@"\{\{\s*(?<name>[a-z_]+)\s*\}\}|</?(strong|em|b|i|br)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    [GeneratedRegex(@"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")]
    private static partial Regex Entity();
}
