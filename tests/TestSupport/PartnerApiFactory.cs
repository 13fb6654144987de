using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Partner.Infrastructure.Persistence;

namespace Partner.TestSupport;

/// <summary>
/// The suites' one way to start the app: in-process on a real database of its own (a SQLite file by default, or a fresh
/// PostgreSQL database; migrations run at start), or on another factory's database, in the Production-like "Testing"
/// environment, with known Databricks credentials and admin key. Settings, PartnerConfig fields and services can be
/// overridden; <see cref="Shared"/> is the default host that fixtures keeping apart by their own data share, and
/// <see cref="AnotherInstance"/> a second instance of a host on its database (scale-out, faults injected in one instance).
/// Only tests of the command line and of a killed process start the published app as a process of its own.
/// </summary>
public sealed class PartnerApiFactory : WebApplicationFactory<Program>
{
    public const string Username = "databricks-test";
    public const string Password = "s3cret-test-password-0123456789";
    public const string RotatedUsername = "databricks-next";
    public const string RotatedPassword = "n3xt-test-password-0123456789";
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    private static readonly Lock SharedLock = new();
    private static PartnerApiFactory? _shared;

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;
    private readonly bool _ownsDirectory;
    private readonly Action<IServiceCollection>? _testServices;
    private readonly string _environment;

    /// <param name="settings">
    /// Configuration overrides (keys as in appsettings, ':'-separated). A null value removes the factory's default for
    /// that key and every key under it (e.g. <c>PartnerConnect:Credentials</c>), so the app sees the key unset.
    /// </param>
    /// <param name="partnerConfig">Changes to the shipped partner-config.json (top-level fields), e.g. new_user_action.</param>
    /// <param name="captureLogs">Record every log entry of the app, at all levels, in <see cref="Logs"/>.</param>
    /// <param name="provider">The provider of the factory's own new database (ignored with <paramref name="sharedDatabase"/>).</param>
    /// <param name="sharedDatabase">Another factory's <see cref="Database"/>, as a second instance on one database; its owner drops it.</param>
    /// <param name="testServices">Service replacements applied after the app's own registrations (e.g. a fake DNS).</param>
    /// <param name="environment">The host environment; Development only for what the app does differently there.</param>
    public PartnerApiFactory(IDictionary<string, string?>? settings = null, Action<JsonObject>? partnerConfig = null, bool captureLogs = false,
        Provider provider = Provider.Sqlite, TestDatabase? sharedDatabase = null, Action<IServiceCollection>? testServices = null,
        string environment = "Testing")
    {
        _testServices = testServices;
        _environment = environment;
        _ownsDirectory = true;
        Logs = captureLogs ? new CapturedLogs() : null;
        Directory = Path.Combine(Path.GetTempPath(), "partner-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DatabasePath = Path.Combine(Directory, "partner.db");
        _ownsDatabase = sharedDatabase is null;
        try
        {
            Database = sharedDatabase ?? TestDatabase.Create(provider, Directory);
        }
        catch
        {
            System.IO.Directory.Delete(Directory, recursive: true);
            throw;
        }

        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "partner-config.json")))!.AsObject();
        partnerConfig?.Invoke(config);
        PartnerConfigPath = Path.Combine(Directory, "partner-config.json");
        foreach (var branding in new[] { "partner-logo.png", "partner-icon.png" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, branding), Path.Combine(Directory, branding));
        }

        File.WriteAllText(PartnerConfigPath, config.ToJsonString());
        BaseUrl = config["base_url"]!.GetValue<string>();

        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Partner"] = Database.ConnectionString,
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:DataDirectory"] = Directory,
            ["PartnerConnect:PartnerConfigPath"] = PartnerConfigPath,
            ["PartnerConnect:Credentials:0:Username"] = Username,
            ["PartnerConnect:Credentials:0:Password"] = Password,
            ["PartnerConnect:Credentials:1:Username"] = RotatedUsername,
            ["PartnerConnect:Credentials:1:Password"] = RotatedPassword,
            ["Admin:ApiKeys:0"] = AdminKey,
            // Hosts of the suites keep the key ring unencrypted; KeyRingTests pass a certificate.
            ["DataProtection:AllowUnencryptedKeys"] = "true",
            // Suites send hundreds of requests from one client; RateLimitingTests turns it on with a small limit.
            ["RateLimiting:Enabled"] = "false",
            ["Authentication:FailureThrottle:Enabled"] = "false",
            // The fake workspaces and callback receivers listen on http://127.0.0.1. OutboundUrlPolicyTests passes
            // ProductionOutbound to check the policy with the shipped defaults.
            ["Outbound:AllowHttp"] = "true",
            ["Outbound:AllowPrivateAddresses"] = "true",
            ["Greenhouse:CallbackHosts:0"] = "*.greenhouse.io",
            ["Greenhouse:CallbackHosts:1"] = "127.0.0.1",
            ["Databricks:WorkspaceHosts:0"] = "*.cloud.databricks.com",
            ["Databricks:WorkspaceHosts:1"] = "127.0.0.1",
        };
        Override(_settings, settings);
    }

    /// <summary>A second instance of <paramref name="origin"/>: its database, directory, PartnerConfig, settings, services and log capture.</summary>
    private PartnerApiFactory(PartnerApiFactory origin, IDictionary<string, string?>? settings, Action<IServiceCollection>? testServices, string? environment)
    {
        _settings = new Dictionary<string, string?>(origin._settings);
        Override(_settings, settings);
        _testServices = origin._testServices + testServices;
        _environment = environment ?? origin._environment;
        Logs = origin.Logs;
        Directory = origin.Directory;
        DatabasePath = origin.DatabasePath;
        Database = origin.Database;
        PartnerConfigPath = origin.PartnerConfigPath;
        BaseUrl = origin.BaseUrl;
    }

    /// <summary>
    /// The default host (no overrides, SQLite), started on first use and shared by every fixture that keeps apart by its own
    /// domains, workspaces, organizations and e-mails: one start instead of one per fixture. Its suite stops it with
    /// <see cref="StopShared"/> after the last fixture.
    /// </summary>
    public static PartnerApiFactory Shared
    {
        get
        {
            lock (SharedLock)
            {
                return _shared ??= new PartnerApiFactory();
            }
        }
    }

    /// <summary>Stops <see cref="Shared"/> if it was started.</summary>
    public static void StopShared()
    {
        lock (SharedLock)
        {
            _shared?.Dispose();
            _shared = null;
        }
    }

    /// <summary>
    /// Another instance of this app on the same database and PartnerConfig, with this factory's settings and services plus
    /// <paramref name="settings"/> and <paramref name="testServices"/> (e.g. a fault injected in one instance only). It does
    /// not drop the database or the directory: this factory does.
    /// </summary>
    public PartnerApiFactory AnotherInstance(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? testServices = null,
        string? environment = null) => new(this, settings, testServices, environment);

    /// <summary>A null value removes the key and every key under it; any other value sets it.</summary>
    private static void Override(Dictionary<string, string?> settings, IDictionary<string, string?>? overrides)
    {
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                foreach (var removed in settings.Keys.Where(k => k == key || k.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    settings.Remove(removed);
                }
            }
            else
            {
                settings[key] = value;
            }
        }
    }

    /// <summary>Settings that undo the factory's outbound allowances: the outbound URL policy as shipped.</summary>
    public static IReadOnlyDictionary<string, string?> ProductionOutbound { get; } = new Dictionary<string, string?>
    {
        ["Outbound"] = null,
        ["Greenhouse:CallbackHosts"] = null,
        ["Databricks:WorkspaceHosts"] = null,
    };

    /// <summary>The fixture's own directory (database, PartnerConfig, mail pickup).</summary>
    public string Directory { get; }

    /// <summary>The SQLite file of a factory made on its own SQLite database.</summary>
    public string DatabasePath { get; }

    /// <summary>The database the app runs on (pass it to another factory as its sharedDatabase).</summary>
    public TestDatabase Database { get; }

    public string PartnerConfigPath { get; }

    /// <summary>The PartnerConfig base_url (redirect URIs are built on it).</summary>
    public string BaseUrl { get; }

    /// <summary>The app's log entries, when the factory was made with captureLogs.</summary>
    public CapturedLogs? Logs { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_testServices is not null)
        {
            builder.ConfigureTestServices(_testServices);
        }

        if (Logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging
                .AddProvider(logs)
                .AddFilter<CapturedLogs>(category: null, LogLevel.Trace));
        }
    }

    /// <summary>A client that sends Databricks' Basic credentials.</summary>
    public HttpClient CreateDatabricksClient(string username = Username, string password = Password) => AsDatabricks(CreateClient(), username, password);

    /// <summary>A client with the operators' Bearer key.</summary>
    public HttpClient CreateAdminClient() => AsAdmin(CreateClient(), AdminKey);

    /// <summary>A client as Greenhouse calls: the API key as user name, an empty password.</summary>
    public HttpClient CreateGreenhouseClient(string apiKey) => AsGreenhouse(CreateClient(), apiKey);

    /// <summary>Sets up any client (in-process or a remote deployment's) to call as Databricks: Basic credentials, User-Agent databricks.</summary>
    public static HttpClient AsDatabricks(HttpClient client, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = BasicHeader(username, password);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("databricks");
        return client;
    }

    /// <summary>Sets up any client to call with an operators' Bearer key.</summary>
    public static HttpClient AsAdmin(HttpClient client, string adminKey)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        return client;
    }

    /// <summary>Sets up any client to call as Greenhouse.</summary>
    public static HttpClient AsGreenhouse(HttpClient client, string apiKey)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = BasicHeader(apiKey, string.Empty);
        return client;
    }

    public static AuthenticationHeaderValue BasicHeader(string username, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));

    /// <summary>Runs <paramref name="action"/> with a fresh DbContext of the app, to assert the database state.</summary>
    public async Task<T> WithDbAsync<T>(Func<ApplicationDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (_ownsDatabase)
            {
                Database.Dispose();
            }

            if (_ownsDirectory)
            {
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
}
