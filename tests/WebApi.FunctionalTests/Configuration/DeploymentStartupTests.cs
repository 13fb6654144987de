using System.Net;
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

    public static IEnumerable<TestCaseData> StartupProblems()
    {
        yield return new TestCaseData(new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:Partner"] = "Host=127.0.0.1;Port=1;Username=postgres;Database=partner",
            ["Database:StartupTimeout"] = "00:00:02",
        }, "Start-up failed: The database did not answer within Database:StartupTimeout (00:00:02)").SetName("UnreachablePostgreSql_AfterStartupTimeout_OneLine_ExitCode2");
        yield return new TestCaseData(new Dictionary<string, string>
        {
            ["Database:Provider"] = "SqlServer", ["ConnectionStrings:Partner"] = "Server=127.0.0.1,1;Database=partner;User Id=sa;Password=x;TrustServerCertificate=true",
            ["Database:StartupTimeout"] = "00:00:02", ["Database:CommandTimeout"] = "00:00:02",
        }, "Start-up failed: The database did not answer within Database:StartupTimeout (00:00:02)").SetName("UnreachableSqlServer_AfterStartupTimeout_OneLine_ExitCode2");
        yield return new TestCaseData(new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:Partner"] = "Host=127.0.0.1;Port=not-a-port",
        }, "Configuration error: ConnectionStrings:Partner is not a valid PostgreSql connection string").SetName("MalformedConnectionString_OneLine_ExitCode2");
        yield return new TestCaseData(new Dictionary<string, string> { ["Outbox:PollInterval"] = "soon" },
            "Start-up failed: Failed to convert configuration value 'soon' at 'Outbox:PollInterval'").SetName("SettingThatDoesNotConvert_OneLine_ExitCode2");
    }

    [TestCaseSource(nameof(StartupProblems))]
    public async Task StartupProblem_OneLine_ExitCode2_NoStackTraceAnywhere(Dictionary<string, string> problem, string line)
    {
        var settings = new Dictionary<string, string>(problem)
        {
            ["Database:DataDirectory"] = _workingDirectory,
            ["PartnerConnect:Credentials:0:Username"] = "databricks",
            ["PartnerConnect:Credentials:0:Password"] = LongPassword,
        };

        var (exitCode, output, errors) = await ServerProcess.RunToExitAsync(settings, _workingDirectory, timeout: TimeSpan.FromSeconds(60));

        AssertOneLine(exitCode, output, errors, line);
    }

    [Test]
    public async Task PortInUse_OneLine_ExitCode2_WithoutTheHostsStackTrace()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, output, errors) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = _workingDirectory,
            ["PartnerConnect:Credentials:0:Username"] = "databricks",
            ["PartnerConnect:Credentials:0:Password"] = LongPassword,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        }, _workingDirectory, timeout: TimeSpan.FromSeconds(60));

        AssertOneLine(exitCode, output, errors, $"Start-up failed: Failed to bind to address http://127.0.0.1:{port}: address already in use.");
    }

    [Test]
    public async Task Verbs_VersionHelpMigrateCheck_DoWhatTheReadmeSays()
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = _workingDirectory,
            ["PartnerConnect:Credentials:0:Username"] = "databricks",
            ["PartnerConnect:Credentials:0:Password"] = LongPassword,
        };

        var version = await ServerProcess.RunToExitAsync(settings, _workingDirectory, ["--version"]);
        var help = await ServerProcess.RunToExitAsync(settings, _workingDirectory, ["--help"]);
        var checkBefore = await ServerProcess.RunToExitAsync(settings, _workingDirectory, ["check"]);
        var nothingCreated = !Directory.EnumerateFileSystemEntries(_workingDirectory).Any();
        var migrate = await ServerProcess.RunToExitAsync(settings, _workingDirectory, ["migrate"]);
        var checkAfter = await ServerProcess.RunToExitAsync(settings, _workingDirectory, ["check"]);

        Assert.Multiple(() =>
        {
            Assert.That(version.ExitCode, Is.Zero);
            Assert.That(version.Output, Does.Match(@"^Partner \d+\.\d+\.\d+ \(commit [0-9a-f]{40}|unknown\)"));
            Assert.That(help.ExitCode, Is.Zero);
            Assert.That(help.Output, Does.Contain("migrate").And.Contain("check").And.Contain("rotate-keys").And.Contain("--version"));
            Assert.That(checkBefore.ExitCode, Is.EqualTo(1), checkBefore.Output + checkBefore.Errors);
            Assert.That(checkBefore.Output, Does.Contain("FAIL  Database: The database does not exist yet."));
            Assert.That(nothingCreated, Is.True, "check changes nothing: no database file");
            Assert.That(migrate.ExitCode, Is.Zero, migrate.Errors);
            Assert.That(migrate.Output, Does.Contain("The database is up to date."));
            Assert.That(checkAfter.Output, Does.Contain("PASS  Database schema: Every migration is applied."));
            Assert.That(checkAfter.Output, Does.Contain("PASS  Database answers"));
        });
    }

    [Test]
    public async Task MigrateAtStartupFalse_WithPendingMigrations_OneLine_ExitCode2()
    {
        var (exitCode, output, errors) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Database:DataDirectory"] = _workingDirectory,
            ["Database:MigrateAtStartup"] = "false",
            ["PartnerConnect:Credentials:0:Username"] = "databricks",
            ["PartnerConnect:Credentials:0:Password"] = LongPassword,
        }, _workingDirectory);

        AssertOneLine(exitCode, output, errors, "Start-up failed: The database lacks");
        Assert.That(errors, Does.Contain("run `dotnet Partner.WebApi.dll migrate` first"));
    }

    private static void AssertOneLine(int exitCode, string output, string errors, string line)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), output + errors);
            Assert.That(lines, Has.Length.EqualTo(2), "the problem and the summary");
            Assert.That(lines[0], Does.StartWith(line));
            Assert.That(output + errors, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "no stack trace on stdout or stderr");
            Assert.That(output, Does.Not.Contain("fail:").And.Not.Contain("crit:"));
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
        }, _workingDirectory, ["migrate"]);

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
        using (var developmentApp = development.AnotherInstance(environment: "Development"))
        {
            using var seeded = developmentApp.CreateGreenhouseClient("dev-greenhouse-key-change-me");
            Assert.That((await seeded.GetAsync(GreenhouseApi.ListTestsPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "Development seeds and accepts it");
        }

        await using var testing = new PartnerApiFactory(sharedDatabase: development.Database);
        using var greenhouse = testing.CreateGreenhouseClient("dev-greenhouse-key-change-me");

        Assert.That((await greenhouse.GetAsync(GreenhouseApi.ListTestsPath)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
