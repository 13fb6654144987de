using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.Configuration;

/// <summary>docs/architecture.md "Conventions" (configuration): a bad PartnerConfig or missing credentials stop the app at start, with a message naming the field.</summary>
public sealed class StartupValidationTests
{
    [Test]
    public void PartnerConfig_UnknownNewUserAction_StopsTheAppNamingTheField()
    {
        using var factory = new PartnerApiFactory(partnerConfig: c => c["new_user_action"] = "bogus");

        Assert.That(StartupFailure(factory), Does.Contain("new_user_action"));
    }

    [Test]
    public void PartnerConfig_MissingConnectPath_StopsTheAppNamingTheField()
    {
        using var factory = new PartnerApiFactory(partnerConfig: c => c["endpoints"]!.AsObject().Remove("connect_path"));

        Assert.That(StartupFailure(factory), Does.Contain("endpoints.connect_path"));
    }

    [Test]
    public void PartnerConfig_BaseUrlHostNotInHostnames_StopsTheAppNamingTheField()
    {
        using var factory = new PartnerApiFactory(partnerConfig: c => c["hostnames"] = new JsonArray("partner.example.com"));

        Assert.That(StartupFailure(factory), Does.Contain("hostnames"));
    }

    [Test]
    public void NoDatabricksCredentialsOutsideDevelopment_StopsTheAppNamingTheKey()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["PartnerConnect:Credentials"] = null });

        Assert.That(StartupFailure(factory), Does.Contain("PartnerConnect:Credentials"));
    }

    [Test]
    public void CredentialWithEmptyPassword_StopsTheAppNamingTheKey()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["PartnerConnect:Credentials:1:Password"] = string.Empty });

        Assert.That(StartupFailure(factory), Does.Contain("PartnerConnect:Credentials"));
    }

    [Test]
    public void PostgreSqlWithoutConnectionString_StopsTheAppNamingTheKey()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Partner"] = null,
        });

        Assert.That(StartupFailure(factory), Does.Contain("ConnectionStrings:Partner is required when Database:Provider is PostgreSql"));
    }

    [Test]
    public void AutoPrepareOffWhileTheConnectionStringPrepares_StopsTheAppNamingBoth()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Partner"] = "Host=127.0.0.1;Port=1;Database=partner;Max Auto Prepare=20",
            ["Database:AutoPrepare"] = "false",
        });

        Assert.That(StartupFailure(factory), Does.Contain("Database:AutoPrepare is false but ConnectionStrings:Partner sets Max Auto Prepare"));
    }

    [Test]
    public void UnknownDatabaseProvider_StopsTheAppListingTheProviders()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" });

        Assert.That(StartupFailure(factory), Does.Contain("Database:Provider must be Sqlite, PostgreSql or SqlServer, not 'Oracle'"));
    }

    [TestCase("00:00:03", "00:00:04", TestName = "ConnectTimeoutLongerThanCommandTimeout_StopsTheAppNamingTheKey")]
    [TestCase("00:00:05", "00:00:00.500", TestName = "ConnectTimeoutUnderOneSecond_StopsTheAppNamingTheKey")]
    public void DatabaseConnectTimeoutOutOfRange_StopsTheAppNamingTheKey(string command, string connect)
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Database:CommandTimeout"] = command, ["Database:ConnectTimeout"] = connect });

        Assert.That(StartupFailure(factory), Does.Contain("Database:ConnectTimeout must be between 00:00:01 and Database:CommandTimeout"));
    }

    [Test]
    public void PublishedAppWithoutItsClientId_StopsTheAppNamingTheKey()
    {
        using var factory = new PartnerApiFactory(partnerConfig: c =>
        {
            c["auth_options"] = new JsonArray("AUTH_OAUTH_U2M");
            c["is_published_app"] = true;
        });

        Assert.That(StartupFailure(factory), Does.Contain("Databricks:OAuth:PublishedAppClientId is required"));
    }

    [Test]
    public void OAuthScopesWithoutOfflineAccess_StopsTheAppNamingTheKey()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Databricks:OAuth:Scopes"] = "all-apis" });

        Assert.That(StartupFailure(factory), Does.Contain("Databricks:OAuth:Scopes must include offline_access"));
    }

    [TestCase("tokens,everything", TestName = "ScopedKeyWithAnUnknownScope_StopsTheAppNamingTheKey")]
    [TestCase("", TestName = "ScopedKeyWithoutScopes_StopsTheAppNamingTheKey")]
    public void ScopedKeyWithBadScopes_StopsTheAppNamingTheKey(string scopes)
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?>
        {
            ["Admin:ScopedKeys:0:Key"] = "scoped-key-0123456789abcdef01234",
            ["Admin:ScopedKeys:0:Scopes"] = scopes,
        });

        Assert.That(StartupFailure(factory), Does.Contain("Admin:ScopedKeys:N:Scopes must name one or more of metrics, test-status, tokens, read"));
    }

    [Test]
    public void TelemetryEndpointNotAUrl_StopsTheAppNamingTheKey()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = "not a url" });

        Assert.That(StartupFailure(factory), Does.Contain("Telemetry:OtlpEndpoint must be an absolute URL"));
    }

    [Test]
    public void KeyRingCertificateThatDoesNotLoad_StopsTheAppNamingTheKey()
    {
        using var factory = new PartnerApiFactory(new Dictionary<string, string?> { ["DataProtection:Certificate:Path"] = "/nonexistent/key-ring.pfx" });

        Assert.That(StartupFailure(factory), Does.Contain("DataProtection:Certificate:Path: cannot load the certificate /nonexistent/key-ring.pfx"));
    }

    /// <summary>Starts the app, which must fail; returns the messages of the exception and its inner exceptions.</summary>
    private static string StartupFailure(PartnerApiFactory factory)
    {
        var exception = Assert.Catch(() => factory.CreateClient().Dispose(), "the app must refuse to start");
        var messages = string.Join(Environment.NewLine, Messages(exception!));
        TestContext.Out.WriteLine(messages);
        return messages;
    }

    private static IEnumerable<string> Messages(Exception exception)
    {
        yield return exception.Message;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var message in inner.SelectMany(Messages))
        {
            yield return message;
        }
    }
}
