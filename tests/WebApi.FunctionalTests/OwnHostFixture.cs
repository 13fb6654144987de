namespace Partner.WebApi.FunctionalTests;

/// <summary>
/// A fixture that needs a host of its own (its own settings, PartnerConfig fields or database provider) and calls it
/// as Databricks. The host starts in OneTimeSetUp, so a PostgreSQL fixture without a server is ignored, not failed.
/// Fixtures that keep apart by their own data use <see cref="PartnerApiFactory.Shared"/> instead.
/// </summary>
public abstract class OwnHostFixture
{
    protected PartnerApiFactory Factory { get; private set; } = null!;

    /// <summary>A client with the host's Databricks Basic credentials.</summary>
    protected HttpClient Databricks { get; private set; } = null!;

    protected abstract PartnerApiFactory CreateHost();

    [OneTimeSetUp]
    public void StartHost()
    {
        Factory = CreateHost();
        Databricks = Factory.CreateDatabricksClient();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        Databricks?.Dispose();
        Factory?.Dispose();
    }
}
