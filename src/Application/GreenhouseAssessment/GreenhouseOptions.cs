namespace Partner.Application.GreenhouseAssessment;

/// <summary>The Greenhouse section.</summary>
public sealed class GreenhouseOptions
{
    public const string Section = "Greenhouse";

    /// <summary>
    /// Where the candidate page's start button leads (the partner's assessment product); the instance's
    /// partner_interview_id is appended as a query parameter. Without it the page confirms the start itself.
    /// </summary>
    public string? AssessmentUrl { get; set; }

    /// <summary>The partner company's product name on candidate pages and e-mails; the Databricks PartnerConfig is never shown to candidates.</summary>
    public string ProductName { get; set; } = DefaultProductName;

    public const string DefaultProductName = "Partner Assessments";

    /// <summary>
    /// How long an instance remembers which organization an API key belongs to (0 turns it off). A revoked key is
    /// forgotten at once by the instance that revoked it; other instances accept it until their entry expires.
    /// </summary>
    public TimeSpan ApiKeyCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Hosts a send_test completion url may name (Greenhouse:CallbackHosts:N; <c>*.</c> = any subdomain, <c>*</c> = any
    /// host). Empty means the default, <see cref="DefaultCallbackHosts"/>.
    /// </summary>
    public List<string> CallbackHosts { get; set; } = [];

    public static IReadOnlyList<string> DefaultCallbackHosts { get; } = ["*.greenhouse.io"];

    /// <summary>The configured <see cref="CallbackHosts"/>, or the default when none is configured.</summary>
    public IReadOnlyList<string> EffectiveCallbackHosts => CallbackHosts.Count > 0 ? CallbackHosts : DefaultCallbackHosts;

    /// <summary>How many tests one organization may send per window (Greenhouse:SendQuota:Limit, :Window); more are 429.</summary>
    public GreenhouseSendQuota SendQuota { get; set; } = new();

    /// <summary>An organization, its key and tests created (idempotently) at start, e.g. for Development.</summary>
    public GreenhouseSeedOptions Seed { get; set; } = new();
}

/// <summary>
/// A cap on the e-mails one organization makes the service send: a stolen Greenhouse key cannot turn the service into a
/// mailer. Counted from the tests sent in the last window.
/// </summary>
public sealed class GreenhouseSendQuota
{
    public int Limit { get; set; } = 1000;

    public TimeSpan Window { get; set; } = TimeSpan.FromDays(1);
}

public sealed class GreenhouseSeedOptions
{
    public GreenhouseSeedOrganization? Organization { get; set; }
}

public sealed class GreenhouseSeedOrganization
{
    public string Name { get; set; } = string.Empty;

    public string? ApiKey { get; set; }

    public List<GreenhouseSeedTest> Tests { get; set; } = [];

    public override string ToString() => $"GreenhouseSeedOrganization {{ Name = {Name}, Tests = {Tests.Count} }}";
}

public sealed class GreenhouseSeedTest
{
    public string PartnerTestId { get; set; } = string.Empty;

    public string PartnerTestName { get; set; } = string.Empty;
}
