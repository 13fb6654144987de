using System.Diagnostics.CodeAnalysis;

namespace Partner.Domain.Common;

/// <summary>The domain part of an e-mail address, lower-cased: it identifies an account.</summary>
public sealed record EmailDomain
{
    private static readonly string[] DatabricksTestDomains = ["databricks-test.com", "databricks-demo.com"];

    /// <summary>The longest domain an account can have.</summary>
    public const int MaxLength = 255;

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
        return TryFromEmail(email, out var domain)
            ? domain
            : throw new ArgumentException("An e-mail address needs a domain name after '@'.", nameof(email));
    }

    /// <summary>
    /// The domain after the last '@', when it is a domain name: dot-separated labels of letters, digits and hyphens, at
    /// most 255 characters (the account key). "a@." or "a@ " have none.
    /// </summary>
    public static bool TryFromEmail(string? email, [NotNullWhen(true)] out EmailDomain? domain)
    {
        domain = null;
        var at = email?.LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return false;
        }

        var value = email![(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();
        if (value.Length is 0 or > MaxLength
            || value.Split('.').Any(label => label.Length == 0 || !label.All(c => char.IsLetterOrDigit(c) || c == '-')))
        {
            return false;
        }

        domain = new EmailDomain(value);
        return true;
    }

    /// <summary>
    /// contract: delete-account and expire-account "need to be limited to databricks test domain names
    /// (databricks-test.com and databricks-demo.com)"; subdomains such as abc123.databricks-test.com count too.
    /// </summary>
    public bool IsDatabricksTestDomain =>
        DatabricksTestDomains.Any(d => Value == d || Value.EndsWith("." + d, StringComparison.Ordinal));

    public override string ToString() => Value;
}
