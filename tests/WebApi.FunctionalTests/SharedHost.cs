namespace Partner.WebApi.FunctionalTests;

/// <summary>
/// Stops <see cref="PartnerApiFactory.Shared"/>, the default host the fixtures that keep apart by their own data share, after
/// the suite's last fixture: NUnit runs a one-time teardown for a whole namespace only from a set-up fixture.
/// </summary>
[SetUpFixture]
public sealed class SharedHost
{
    [OneTimeTearDown]
    public void Stop() => PartnerApiFactory.StopShared();
}
