namespace Partner.WebApi.FunctionalTests.Connections.OAuth;

/// <summary>A fixture on its own <see cref="OAuthFlow"/> host and fake workspace, both reset before each test.</summary>
public abstract class OAuthFixture
{
    protected OAuthFlow Flow { get; private set; } = null!;

    protected Fakes.FakeDatabricksWorkspace Workspace => Flow.Workspace;

    protected abstract Task<OAuthFlow> StartFlowAsync();

    [OneTimeSetUp]
    public async Task StartAsync() => Flow = await StartFlowAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Flow is not null)
        {
            await Flow.DisposeAsync();
            await Flow.Workspace.DisposeAsync();
        }
    }

    [SetUp]
    public void ResetFlow()
    {
        Workspace.Reset();
        Flow.Time.Offset = TimeSpan.Zero;
    }
}
