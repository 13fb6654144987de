namespace Partner.WebApi.FunctionalTests;

/// <summary>
/// One default host (<see cref="PartnerApiFactory"/> without overrides) for the fixtures whose tests stay apart on it
/// by their own domains, workspaces and e-mails, instead of a host per fixture. It starts on first use and stops after
/// the last fixture. Fixtures that pass settings, inject faults, capture logs, listen on Kestrel or count whole tables
/// keep a host of their own.
/// </summary>
[SetUpFixture]
public sealed class SharedHost
{
    private static readonly Lazy<PartnerApiFactory> Host = new(() => new PartnerApiFactory());

    public static PartnerApiFactory Default => Host.Value;

    [OneTimeTearDown]
    public void Stop()
    {
        if (Host.IsValueCreated)
        {
            Host.Value.Dispose();
        }
    }
}
