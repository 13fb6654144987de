using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Partner.Certification.Tests.Target;

/// <summary>
/// The app in-process on a real SQLite file of its own, in the Production-like "Testing" environment, with the
/// variant's PartnerConfig fields and settings. The suite reaches it through HTTP clients only.
/// </summary>
public sealed class InProcessApp : WebApplicationFactory<Program>
{
    public const string Username = "databricks-certification";
    public const string Password = "certification-password";
    public const string AdminKey = "certification-admin-key";

    private readonly Dictionary<string, string?> _settings;

    public InProcessApp(CertificationVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        Directory = Path.Combine(Path.GetTempPath(), "partner-certification", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);

        PartnerConfig = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "partner-config.json")))!.AsObject();
        PartnerConfig["new_user_action"] = variant.NewUserAction;
        PartnerConfig["require_manual_signup"] = variant.RequireManualSignup;
        PartnerConfig["trial_type"] = variant.TrialType;
        PartnerConfig["supports_demo"] = variant.SupportsDemo;
        if (variant.RootPaths)
        {
            PartnerConfig["endpoints"] = new JsonObject
            {
                ["connect_path"] = "/connect",
                ["get_connectors_path"] = "/connectors",
                ["test_connection_path"] = "/test-connection",
                ["delete_connection_path"] = "/delete-connection",
                ["delete_account_path"] = "/delete-account",
                ["expire_account_path"] = "/expire-account",
            };
        }

        if (variant.Compute != "SqlEndpoint")
        {
            PartnerConfig["resources_to_provision"] = new JsonArray(new JsonObject { ["resource_type"] = "PAT" }, new JsonObject { ["resource_type"] = variant.Compute });
            PartnerConfig["object_permissions"] = new JsonArray(new JsonObject { ["name"] = "Cluster", ["level"] = "CAN_ATTACH_TO" });
        }

        var partnerConfigPath = Path.Combine(Directory, "partner-config.json");
        foreach (var branding in new[] { "partner-logo.png", "partner-icon.png" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, branding), Path.Combine(Directory, branding));
        }

        File.WriteAllText(partnerConfigPath, PartnerConfig.ToJsonString());

        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Partner"] = $"Data Source={Path.Combine(Directory, "partner.db")}",
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = Directory,
            ["PartnerConnect:PartnerConfigPath"] = partnerConfigPath,
            ["PartnerConnect:Credentials:0:Username"] = Username,
            ["PartnerConnect:Credentials:0:Password"] = Password,
            ["PartnerConnect:AllowRepeatedTrials"] = variant.AllowRepeatedTrials ? "true" : "false",
            ["Admin:ApiKeys:0"] = AdminKey,
            // test-connection cannot reach organization.cloud.databricks.com from a test run: fail fast.
            ["Databricks:Timeout"] = "00:00:02",
            ["RateLimiting:Enabled"] = "false",
            ["Authentication:FailureThrottle:Enabled"] = "false",
        };
    }

    public string Directory { get; }

    /// <summary>The PartnerConfig this app runs with.</summary>
    public JsonObject PartnerConfig { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS is left in the temp directory.
            }
        }
    }
}
