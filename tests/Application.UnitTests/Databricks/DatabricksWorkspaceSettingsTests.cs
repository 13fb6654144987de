using Partner.Application.Common.Configuration;
using Partner.Infrastructure.Databricks;

namespace Partner.Application.UnitTests.Databricks;

/// <summary>
/// The documented precedence, key by key: Databricks:* → DATABRICKS_HOST / DATABRICKS_TOKEN → the profile
/// (Databricks:Profile, default DEFAULT) of DATABRICKS_CONFIG_FILE or ~/.databrickscfg.
/// </summary>
public sealed class DatabricksWorkspaceSettingsTests
{
    private const string Home = "/home/partner";
    private static readonly string[] ProfileNames = ["DEFAULT", "staging"];
    private static readonly string DefaultFile = Path.Combine(Home, ".databrickscfg");

    private const string ConfigFile = """
        ; written by databricks configure
        [DEFAULT]
        host = https://default.cloud.databricks.com/
        token = dapi-from-default-profile

        [staging]
        host: https://staging.cloud.databricks.com
        token = dapi-from-staging-profile
        # a comment
        """;

    [Test]
    public void ConfigurationKeys_WinOverEnvironmentAndProfile()
    {
        var resolution = Resolve(new DatabricksOptions { Host = "https://config.cloud.databricks.com", Token = "dapi-config" },
            Environment(("DATABRICKS_HOST", "https://env.cloud.databricks.com"), ("DATABRICKS_TOKEN", "dapi-env")), Files((DefaultFile, ConfigFile)));

        Assert.That(resolution.Workspace, Is.EqualTo(new DatabricksWorkspace(new Uri("https://config.cloud.databricks.com/"), "dapi-config")));
    }

    [Test]
    public void EnvironmentVariables_WinOverProfile()
    {
        var resolution = Resolve(new DatabricksOptions(),
            Environment(("DATABRICKS_HOST", "https://env.cloud.databricks.com"), ("DATABRICKS_TOKEN", "dapi-env")), Files((DefaultFile, ConfigFile)));

        Assert.That(resolution.Workspace, Is.EqualTo(new DatabricksWorkspace(new Uri("https://env.cloud.databricks.com/"), "dapi-env")));
    }

    [Test]
    public void NothingElseSet_DefaultProfileOfHomeConfigFile()
    {
        var resolution = Resolve(new DatabricksOptions(), Environment(), Files((DefaultFile, ConfigFile)));

        Assert.That(resolution.Workspace, Is.EqualTo(new DatabricksWorkspace(new Uri("https://default.cloud.databricks.com/"), "dapi-from-default-profile")));
    }

    [Test]
    public void ProfileAndConfigFileVariable_SelectProfileOfThatFile()
    {
        var resolution = Resolve(new DatabricksOptions { Profile = "staging" }, Environment(("DATABRICKS_CONFIG_FILE", "/etc/partner/databricks.cfg")),
            Files(("/etc/partner/databricks.cfg", ConfigFile)));

        Assert.That(resolution.Workspace, Is.EqualTo(new DatabricksWorkspace(new Uri("https://staging.cloud.databricks.com/"), "dapi-from-staging-profile")));
    }

    [Test]
    public void KeysResolveIndependently_HostFromConfigurationTokenFromEnvironment()
    {
        var resolution = Resolve(new DatabricksOptions { Host = "https://config.cloud.databricks.com" },
            Environment(("DATABRICKS_TOKEN", "dapi-env")), Files((DefaultFile, ConfigFile)));

        Assert.That(resolution.Workspace, Is.EqualTo(new DatabricksWorkspace(new Uri("https://config.cloud.databricks.com/"), "dapi-env")));
    }

    [Test]
    public void UnknownProfile_ErrorNamesProfileAndFile()
    {
        var resolution = Resolve(new DatabricksOptions { Profile = "prod" }, Environment(), Files((DefaultFile, ConfigFile)));

        Assert.That(resolution.Workspace, Is.Null);
        Assert.That(resolution.Error, Does.Contain("[prod]").And.Contain(DefaultFile));
    }

    [Test]
    public void NothingConfigured_ErrorNamesTheKeys()
    {
        var resolution = Resolve(new DatabricksOptions(), Environment(), Files());

        Assert.That(resolution.Error, Does.Contain("Databricks:Host").And.Contain("DATABRICKS_HOST"));
    }

    [TestCase("https://adb-1.2.azuredatabricks.net/", "https://adb-1.2.azuredatabricks.net/")]
    [TestCase("https://adb-1.2.azuredatabricks.net", "https://adb-1.2.azuredatabricks.net/")]
    [TestCase("adb-1.2.azuredatabricks.net", "https://adb-1.2.azuredatabricks.net/")]
    [TestCase("http://127.0.0.1:8080//", "http://127.0.0.1:8080/")]
    public void NormalizeHost_TrailingSlashAndMissingSchemeTolerated(string host, string expected)
    {
        var (baseUri, error) = DatabricksWorkspaceSettings.NormalizeHost(host, allowInsecureHttp: true);

        Assert.That(error, Is.Null);
        Assert.That(baseUri, Is.EqualTo(new Uri(expected)));
    }

    [Test]
    public void NormalizeHost_HttpWithoutAllowInsecureHttp_Refused()
    {
        var (baseUri, error) = DatabricksWorkspaceSettings.NormalizeHost("http://127.0.0.1:8080", allowInsecureHttp: false);

        Assert.That(baseUri, Is.Null);
        Assert.That(error, Does.Contain("Databricks:AllowInsecureHttp"));
    }

    [Test]
    public void ConfigFile_ParsesProfilesCommentsAndBothSeparators()
    {
        var profiles = DatabricksConfigFile.Parse(ConfigFile.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(profiles.Keys, Is.EquivalentTo(ProfileNames));
            Assert.That(profiles["DEFAULT"]["HOST"], Is.EqualTo("https://default.cloud.databricks.com/"));
            Assert.That(profiles["staging"]["host"], Is.EqualTo("https://staging.cloud.databricks.com"));
            Assert.That(profiles["staging"]["token"], Is.EqualTo("dapi-from-staging-profile"));
        });
    }

    private static DatabricksWorkspaceResolution Resolve(DatabricksOptions options, Func<string, string?> environment, Func<string, string?> files) =>
        DatabricksWorkspaceSettings.Resolve(options, environment, files, Home);

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static Func<string, string?> Files(params (string Path, string Text)[] files) =>
        path => files.FirstOrDefault(f => f.Path == path).Text;
}
