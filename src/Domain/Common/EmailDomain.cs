namespace Partner.Domain.Common;

/// <summary>The domain part of an e-mail address, lower-cased: it identifies an account.</summary>
public sealed record EmailDomain
{
    private static readonly string[] DatabricksTestDomains = ["databricks-test.com", "databricks-demo.com"];

    private EmailDomain(string value) => Value = value;

    public string Value { get; }

    public static EmailDomain Parse(string domain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        return new EmailDomain(domain.Trim().TrimEnd('.').ToLowerInvariant());
    }

    public static EmailDomain FromEmail(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var at = email.LastIndexOf('@');
        if (at < 0 || at == email.Length - 1)
        {
            throw new ArgumentException("An e-mail address needs a domain after '@'.", nameof(email));
        }

        return Parse(email[(at + 1)..]);
    }

    /// <summary>
    /// seed: delete-account and expire-account "need to be limited to databricks test domain names
    /// (databricks-test.com and databricks-demo.com)"; subdomains such as abc123.databricks-test.com count too.
    /// </summary>
    public bool IsDatabricksTestDomain =>
        DatabricksTestDomains.Any(d => Value == d || Value.EndsWith("." + d, StringComparison.Ordinal));

    public override string ToString() => Value;
}
