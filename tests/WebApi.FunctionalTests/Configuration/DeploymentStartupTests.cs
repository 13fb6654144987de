using System.Net;
using Microsoft.AspNetCore.Hosting;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Configuration;

/// <summary>
/// The published app as an operator starts it (a real process, Production): from any working directory; a bad
/// configuration reported at once, one line per problem, exit code 2, nothing touched; the Production refusals.
/// </summary>
public sealed class DeploymentStartupTests
{
    private static readonly string LongPassword = new('p', 24);
    private string _workingDirectory = null!;

    [SetUp]
    public void CreateWorkingDirectory()
    {
        _workingDirectory = Path.Combine(Path.GetTempPath(), "partner-tests", "cwd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_workingDirectory);
    }

    [TearDown]
    public void DeleteWorkingDirectory() => Directory.Delete(_workingDirectory, recursive: true);

    [Test]
    public async Task PublishedApp_StartedFromAnotherWorkingDirectory_ReadsItsOwnFiles_AndRelativePathsResolveAgainstIt()
    {
        var dataDirectory = "data-" + Guid.NewGuid().ToString("N");
        var appDirectory = Path.GetDirectoryName(ServerProcess.AppPath)!;
        try
        {
            using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
            {
                ["Database:DataDirectory"] = dataDirectory,
                ["PartnerConnect:Credentials:0:Username"] = "databricks",
                ["PartnerConnect:Credentials:0:Password"] = LongPassword,
            }, workingDirectory: _workingDirectory);
            using var client = new HttpClient { BaseAddress = server.BaseAddress };

            using var connectors = await client.GetAsync("/branding/logo");

            Assert.Multiple(() =>
            {
                Assert.That(connectors.StatusCode, Is.EqualTo(HttpStatusCode.OK), "partner-config.json and its logo were found next to the app");
                Assert.That(File.Exists(Path.Combine(appDirectory, dataDirectory, "partner.db")), Is.True, "the database is under the app's directory");
                Assert.That(Directory.EnumerateFileSystemEntries(_workingDirectory), Is.Empty, "nothing written to the working directory");
            });
        }
        finally
        {
            Directory.Delete(Path.Combine(appDirectory, dataDirectory), recursive: true);
        }
    }

    [Test]
    public async Task InvalidConfiguration_EveryProblemOnOneLine_ExitCode2_NoStackTrace_NoDatabase()
    {
        var (exitCode, _, errors) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = _workingDirectory,
            ["PartnerConnect:Credentials:0:Username"] = "databricks",
            ["PartnerConnect:Credentials:0:Password"] = "short",
            ["Admin:ApiKeys:0"] = "dev-admin-key-change-me",
            ["Outbox:MaxConcurrency"] = "0",
            ["Landing:HandOffUrl"] = "https://app.partner.example/",
        }, _workingDirectory);

        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), errors);
            Assert.That(lines, Has.Some.EqualTo("Configuration error: PartnerConnect:Credentials:0:Password must be at least 24 characters in Production."));
            Assert.That(lines, Has.Some.EqualTo("Configuration error: Admin:ApiKeys:0 is a documented Development value; it is refused outside Development."));
            Assert.That(lines, Has.Some.EqualTo("Configuration error: Outbox:MaxConcurrency must be between 1 and 256."));
            Assert.That(lines, Has.Some.Contains("Landing:HandOffSecret is required with Landing:HandOffUrl"));
            Assert.That(lines.Count(l => l.StartsWith("Configuration error: ", StringComparison.Ordinal)), Is.EqualTo(4), errors);
            Assert.That(errors, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace");
            Assert.That(Directory.EnumerateFileSystemEntries(_workingDirectory), Is.Empty, "no database created");
        });
    }

    [Test]
    public async Task ProductionWithoutAKeyRingCertificate_OneLine_ExitCode2()
    {
        var (exitCode, _, errors) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = _workingDirectory,
            ["PartnerConnect:Credentials:0:Username"] = "databricks",
            ["PartnerConnect:Credentials:0:Password"] = LongPassword,
            ["DataProtection:AllowUnencryptedKeys"] = "false",
        }, _workingDirectory);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), errors);
            Assert.That(errors, Does.Contain("Configuration error: DataProtection:Certificate:Path is required outside Development"));
            Assert.That(errors, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task RotateKeys_WithoutACertificate_ExitCode2_WithOne_ReprotectsAndExits0()
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = _workingDirectory,
            ["PartnerConnect:Credentials:0:Username"] = "databricks",
            ["PartnerConnect:Credentials:0:Password"] = LongPassword,
        };
        var (refused, _, refusal) = await ServerProcess.RunToExitAsync(settings, _workingDirectory, ["rotate-keys"]);
        settings["DataProtection:Certificate:Path"] = TestCertificates.WritePfx(_workingDirectory, "key-ring", "pfx-password");
        settings["DataProtection:Certificate:Password"] = "pfx-password";

        var (exitCode, output, errors) = await ServerProcess.RunToExitAsync(settings, _workingDirectory, ["rotate-keys"]);

        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.EqualTo(2), refusal);
            Assert.That(refusal, Does.Contain("rotate-keys needs DataProtection:Certificate:Path"));
            Assert.That(exitCode, Is.EqualTo(0), errors);
            Assert.That(output, Does.Contain("encrypted with the certificate").And.Contain("older key ring entr(ies) deleted"));
        });
    }

    [Test]
    public async Task JsonConsoleLogs_OneJsonObjectPerLine()
    {
        var (_, _, errors) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = _workingDirectory,
            ["PartnerConnect:Credentials:0:Username"] = "databricks",
            ["PartnerConnect:Credentials:0:Password"] = LongPassword,
            ["Logging:Console:FormatterName"] = "partner-json",
            ["Logging:LogLevel:Default"] = "Information",
        }, _workingDirectory, ["check"]);

        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var line in lines)
            {
                var entry = System.Text.Json.Nodes.JsonNode.Parse(line)!;
                Assert.That(entry["level"]!.GetValue<string>(), Is.Not.Empty, line);
                Assert.That(entry["category"]!.GetValue<string>(), Is.Not.Empty, line);
                Assert.That(entry["message"], Is.Not.Null, line);
            }
        });
    }

    [Test]
    public void DevelopmentSecret_OutsideDevelopment_StopsTheApp()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["PartnerConnect:Credentials:1:Password"] = "dev-password-change-me" });

        var error = Assert.Catch(() => factory.CreateClient().Dispose());

        Assert.That(error!.ToString(), Does.Contain("PartnerConnect:Credentials:1:Password is a documented Development value"));
    }

    [Test]
    public async Task DevelopmentGreenhouseKey_LeftInTheDatabaseByDevelopment_IsRefusedOutsideDevelopment()
    {
        await using var development = new PartnerApiFactory();
        using (var developmentApp = development.WithWebHostBuilder(b => b.UseEnvironment("Development")))
        {
            using var seeded = developmentApp.CreateClient();
            seeded.DefaultRequestHeaders.Authorization = PartnerApiFactory.BasicHeader("dev-greenhouse-key-change-me", string.Empty);
            Assert.That((await seeded.GetAsync("/partners/greenhouse/list_tests")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "Development seeds and accepts it");
        }

        await using var testing = new PartnerApiFactory(sharedDatabase: development.Database);
        using var greenhouse = testing.CreateGreenhouseClient("dev-greenhouse-key-change-me");

        Assert.That((await greenhouse.GetAsync("/partners/greenhouse/list_tests")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
