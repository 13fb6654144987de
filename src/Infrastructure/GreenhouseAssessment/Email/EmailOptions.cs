namespace Partner.Infrastructure.GreenhouseAssessment.Email;

/// <summary>The Email section: SMTP when Email:Smtp:Host is set, otherwise .eml files in the pickup directory.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where .eml files go without an SMTP host; default "mail" under Database:DataDirectory.</summary>
    public string? PickupDirectory { get; set; }

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

/// <summary>Email:Smtp.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS: implicit on port 465, STARTTLS (required) on any other port. Only for local sinks may it be false.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The sender, e.g. "Partner Assessments &lt;no-reply@partner.example.com&gt;".</summary>
    public string From { get; set; } = "Partner Assessments <no-reply@localhost>";

    public override string ToString() => $"SmtpOptions {{ Host = {Host}, Port = {Port}, UseTls = {UseTls} }}";
}
