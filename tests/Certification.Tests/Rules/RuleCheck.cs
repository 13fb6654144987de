using Partner.Certification.Tests.Target;

namespace Partner.Certification.Tests.Rules;

/// <summary>Turns the violations a checker found into one failure that names every broken rule.</summary>
public static class RuleCheck
{
    public static void Ensure(IEnumerable<string> violations, HttpAnswer? answer = null)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var list = violations.ToList();
        if (list.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, list.Select(v => "- " + v))
                + (answer is null ? string.Empty : Environment.NewLine + "answer: " + answer));
        }
    }
}
