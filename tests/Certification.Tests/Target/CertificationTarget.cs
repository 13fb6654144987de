using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Partner.Certification.Tests.Target;

/// <summary>
/// The deployment under certification, reached over HTTP only: an in-process app of a variant, or the running server
/// named by PARTNER_BASE_URL. Its PartnerConfig tells the endpoints and the behaviour the cases expect.
/// </summary>
public sealed class CertificationTarget : IDisposable
{
    private readonly PartnerApiFactory? _app;
    private readonly Uri? _baseUrl;

    private CertificationTarget(PartnerApiFactory? app, Uri? baseUrl, JsonObject partnerConfig, string username, string password,
        bool allowRepeatedTrials, string? adminKey)
    {
        _app = app;
        _baseUrl = baseUrl;
        PartnerConfig = partnerConfig;
        Behaviour = PartnerBehaviour.From(partnerConfig, allowRepeatedTrials);
        Username = username;
        Password = password;
        AdminKey = adminKey;
    }

    public bool IsRemote => _app is null;

    public JsonObject PartnerConfig { get; }

    public PartnerBehaviour Behaviour { get; }

    public string Username { get; }

    public string Password { get; }

    /// <summary>The operators' Bearer key, when known (in-process always; remote with PARTNER_ADMIN_KEY).</summary>
    public string? AdminKey { get; }

    public static CertificationTarget Start(CertificationVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (!variant.IsRemote)
        {
            var app = variant.StartInProcess();
            var partnerConfig = JsonNode.Parse(File.ReadAllText(app.PartnerConfigPath))!.AsObject();
            return new CertificationTarget(app, null, partnerConfig, PartnerApiFactory.Username, PartnerApiFactory.Password,
                variant.AllowRepeatedTrials, PartnerApiFactory.AdminKey);
        }

        var baseUrl = CertificationSettings.RemoteBaseUrl ?? throw new InvalidOperationException("PARTNER_BASE_URL is not set.");
        var configPath = CertificationSettings.PartnerConfigPath ?? Path.Combine(AppContext.BaseDirectory, "partner-config.json");
        var config = JsonNode.Parse(File.ReadAllText(configPath))!.AsObject();
        return new CertificationTarget(null, baseUrl, config,
            CertificationSettings.DatabricksUsername ?? throw new InvalidOperationException("PARTNER_DATABRICKS_USERNAME is not set."),
            CertificationSettings.DatabricksPassword ?? throw new InvalidOperationException("PARTNER_DATABRICKS_PASSWORD is not set."),
            CertificationSettings.AllowRepeatedTrials, CertificationSettings.AdminKey);
    }

    /// <summary>The default target for the fixtures that do not vary the configuration.</summary>
    public static CertificationTarget StartDefault() =>
        Start(CertificationSettings.RemoteBaseUrl is null ? new CertificationVariant("shipped") : CertificationVariant.Remote);

    /// <summary>A client without credentials that does not follow redirects (a browser's first hop).</summary>
    public HttpClient CreateClient()
    {
        if (_app is not null)
        {
            return _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        }

#pragma warning disable CA5400 // A plain client; certificate revocation follows the platform default.
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _baseUrl, Timeout = TimeSpan.FromSeconds(60) };
#pragma warning restore CA5400
    }

    /// <summary>A client as Databricks calls: Basic credentials, User-Agent databricks, Accept-Language en-US.</summary>
    public HttpClient CreateDatabricksClient(string? username = null, string? password = null)
    {
        var client = PartnerApiFactory.AsDatabricks(CreateClient(), username ?? Username, password ?? Password);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        return client;
    }

    public HttpClient CreateGreenhouseClient(string apiKey) => PartnerApiFactory.AsGreenhouse(CreateClient(), apiKey);

    public HttpClient? CreateAdminClient() => AdminKey is null ? null : PartnerApiFactory.AsAdmin(CreateClient(), AdminKey);

    public void Dispose() => _app?.Dispose();
}
