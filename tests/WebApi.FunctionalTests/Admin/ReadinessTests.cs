using System.Net;
using System.Text.Json.Nodes;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Admin;

/// <summary>GET /admin/readiness and `dotnet Partner.WebApi.dll check`: each onboarding requirement, pass or fail, and what to do.</summary>
public sealed class ReadinessTests
{
    [Test]
    public async Task ShippedLocalSettings_AreNotReady_AndSayWhatToDo()
    {
        await using var factory = new PartnerApiFactory();
        using var admin = factory.CreateAdminClient();

        using var response = await admin.GetAsync("/admin/readiness");

        var report = await response.ReadJsonAsync();
        var checks = Checks(report);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report["ready"]!.GetValue<bool>(), Is.False);
            Assert.That(checks["Public https base_url"].Passed, Is.False);
            Assert.That(checks["Public https base_url"].ToDo, Does.Contain("base_url"));
            Assert.That(checks["Assessment URL"].Passed, Is.False);
            Assert.That(checks["Candidate e-mail"].Passed, Is.False, "no SMTP host and no pickup directory chosen on purpose");
            Assert.That(checks["Self-testing workspace"].Passed, Is.False);
            Assert.That(checks["Endpoints routed"].Passed, Is.True);
            Assert.That(checks["Logo file"].Passed, Is.True);
            Assert.That(checks["Icon file"].Passed, Is.True);
            Assert.That(checks["Database takes writes"].Passed, Is.True);
            Assert.That(checks["Admin key"].Passed, Is.True);
            Assert.That(checks["Key ring encryption"].Passed, Is.False, "no certificate");
            Assert.That(checks["Key ring encryption"].ToDo, Does.Contain("DataProtection:Certificate:Path").And.Contain("rotate-keys"));
            Assert.That(checks.Values.Where(c => !c.Passed).Select(c => c.ToDo), Has.All.Not.Empty, "every failure says what to do");
            Assert.That(report["version"]?.GetValue<string>(), Is.EqualTo(typeof(Program).Assembly.GetName().Version!.ToString(3)), "the build that answers");
            Assert.That(report["commit"]?.GetValue<string>(), Does.Match("^([0-9a-f]{40}|unknown)$"));
        });
    }

    [Test]
    public async Task EverythingConfigured_IsReady()
    {
        await using var smtp = new SmtpSink();
        var certificates = Directory.CreateTempSubdirectory("partner-readiness-");
        await using var factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["DataProtection:Certificate:Path"] = TestCertificates.WritePfx(certificates.FullName, "key-ring", "pfx-password"),
            ["DataProtection:Certificate:Password"] = "pfx-password",
            ["Greenhouse:AssessmentUrl"] = "https://assessments.partner.example.com/start",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:UseTls"] = "false",
            ["Databricks:Host"] = "https://dbc-partner.cloud.databricks.com",
            ["Databricks:Token"] = "dapi-partner-workspace-token",
        }, c =>
        {
            c["base_url"] = "https://partner.example.com";
            c["hostnames"] = new JsonArray("partner.example.com");
        });
        using var admin = factory.CreateAdminClient();

        var report = await (await admin.GetAsync("/admin/readiness")).ReadJsonAsync();

        Assert.That(report["ready"]!.GetValue<bool>(), Is.True, report.ToJsonString());
        Assert.That(report.ToJsonString(), Does.Not.Contain("dapi-partner-workspace-token").And.Contain("Key ring encryption"));
        certificates.Delete(recursive: true);
    }

    [Test]
    public async Task LogoThatIsNotAPng_Fails()
    {
        await using var factory = new PartnerApiFactory();
        await File.WriteAllTextAsync(Path.Combine(factory.Directory, "partner-logo.png"), "<svg/>");
        using var admin = factory.CreateAdminClient();

        var checks = Checks(await (await admin.GetAsync("/admin/readiness")).ReadJsonAsync());

        Assert.That(checks["Logo file"], Is.EqualTo(new Check(false, $"{Path.Combine(factory.Directory, "partner-logo.png")} is not a PNG file.",
            "Databricks needs a PNG: convert it, or name another file in logo_file.")));
    }

    [Test]
    public async Task WithoutTheAdminKey_Is401()
    {
        await using var factory = new PartnerApiFactory();
        using var anonymous = factory.CreateClient();

        Assert.That((await anonymous.GetAsync("/admin/readiness")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task CommandLineCheck_PrintsTheSameReport_ExitCode1WhenNotReady()
    {
        var directory = Path.Combine(Path.GetTempPath(), "partner-tests", "check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var (exitCode, output, errors) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>
            {
                ["Database:DataDirectory"] = directory,
                ["PartnerConnect:Credentials:0:Username"] = "databricks",
                ["PartnerConnect:Credentials:0:Password"] = new string('p', 24),
            }, directory, ["check"]);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(1), errors);
                Assert.That(output, Does.Contain("FAIL  Public https base_url: PartnerConfig base_url http://localhost:5080 is not https"));
                Assert.That(output, Does.Contain("FAIL  Admin key").And.Contain("PASS  Endpoints routed").And.Contain("FAIL  Database: The database does not exist yet"));
                Assert.That(output, Does.Contain("To do: Set Admin:ApiKeys:0"));
                Assert.That(output.TrimEnd(), Does.EndWith("requirement(s) to fix."));
                Assert.That(output, Does.Not.Contain("info:"), "the report is the output");
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Dictionary<string, Check> Checks(JsonObject report) => report["checks"]!.AsArray().ToDictionary(
        c => c!["name"]!.GetValue<string>(),
        c => new Check(c!["passed"]!.GetValue<bool>(), c["detail"]!.GetValue<string>(), c["to_do"]?.GetValue<string>()));

    private sealed record Check(bool Passed, string Detail, string? ToDo);
}
