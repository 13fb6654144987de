using System.Text.Json.Nodes;
using FluentValidation.Results;
using Partner.Application.Common.Configuration;
using Partner.Infrastructure.Configuration;

namespace Partner.Application.UnitTests.Configuration;

public sealed class PartnerConfigValidatorTests
{
    private readonly PartnerConfigValidator _validator = new();

    [Test]
    public void Validate_ShippedPartnerConfig_IsValid()
    {
        var config = PartnerConfigFile.Load(RepositoryFiles.ShippedPartnerConfig);

        var result = _validator.Validate(config);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            // Loaded in the official snake_case shape, not left at the defaults.
            Assert.That(config.Endpoints?.ConnectPath, Is.EqualTo("/partners/databricks/v1/connect"));
            Assert.That(config.NewUserAction, Is.EqualTo("auto_add"));
            Assert.That(config.Hostnames, Is.Not.Empty);
        });
    }

    [Test]
    public void Validate_OptionalFieldsAbsent_IsValid()
    {
        var config = Shipped();
        config.DataPermissions = null;
        config.ObjectPermissions = null;
        config.AuthOptions = null;
        config.TrialType = null;
        config.RequireManualSignup = null;
        config.SupportsDemo = null;
        config.Endpoints = new PartnerEndpoints { ConnectPath = "/connect" };

        Assert.That(_validator.Validate(config).Errors, Is.Empty);
    }

    [TestCase("AUTH_OAUTH_M2M")]
    [TestCase("AUTH_PAT,AUTH_OAUTH_U2M")]
    [TestCase("AUTH_OAUTH_M2M,AUTH_OAUTH_U2M")]
    public void Validate_AllowedAuthOptions_IsValid(string authOptions)
    {
        var config = Shipped();
        config.AuthOptions = [.. authOptions.Split(',')];

        Assert.That(_validator.Validate(config).Errors, Is.Empty);
    }

    [Test]
    public void Validate_BaseUrlHostInOtherCase_IsValid()
    {
        var config = Shipped();
        config.BaseUrl = "https://Partner.Example.com";
        config.Hostnames = ["partner.example.com"];

        Assert.That(_validator.Validate(config).Errors, Is.Empty);
    }

    [TestCaseSource(nameof(BrokenConfigs))]
    public void Validate_BrokenField_FailsWithMessageNamingJsonField(string field, Action<PartnerConfig> breakIt)
    {
        var config = Shipped();
        breakIt(config);

        var result = _validator.Validate(config);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Has.Count.EqualTo(1), "one broken field, one message");
            Assert.That(result.Errors, Has.All.Property(nameof(ValidationFailure.ErrorMessage)).Contains(field));
        });
    }

    [Test]
    public void Validate_PatAndM2MTogether_SaysTheyAreMutuallyExclusive()
    {
        var config = Shipped();
        config.AuthOptions = [PartnerConfig.AuthPat, PartnerConfig.AuthOAuthM2M];

        var message = _validator.Validate(config).Errors.Single().ErrorMessage;

        Assert.That(message, Does.Contain("auth_options").And.Contain("AUTH_PAT").And.Contain("AUTH_OAUTH_M2M").And.Contain("mutually exclusive"));
    }

    [Test]
    public void Validate_BaseUrlHostNotInHostnames_NamesHostnamesAndBaseUrl()
    {
        var config = Shipped();
        config.BaseUrl = "https://partner.example.com";

        var message = _validator.Validate(config).Errors.Single().ErrorMessage;

        Assert.That(message, Does.Contain("hostnames").And.Contain("base_url"));
    }

    // A JSON null replaces the property's default (an empty list or string) with null: still one message naming the field.
    [TestCase("api_version")]
    [TestCase("name")]
    [TestCase("base_url")]
    [TestCase("endpoints")]
    [TestCase("supported_clouds")]
    [TestCase("hostnames")]
    [TestCase("new_user_action")]
    public void Validate_FieldNullInJson_FailsWithMessageNamingJsonField(string field)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepositoryFiles.ShippedPartnerConfig))!.AsObject();
        json[field] = null;
        var path = Path.Combine(Path.GetTempPath(), $"partner-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        PartnerConfig config;
        try
        {
            config = PartnerConfigFile.Load(path);
        }
        finally
        {
            File.Delete(path);
        }

        var result = _validator.Validate(config);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Has.Count.EqualTo(1), "one broken field, one message");
            Assert.That(result.Errors, Has.All.Property(nameof(ValidationFailure.ErrorMessage)).Contains(field));
        });
    }

    private static PartnerConfig Shipped() => PartnerConfigFile.Load(RepositoryFiles.ShippedPartnerConfig);

    private static IEnumerable<TestCaseData> BrokenConfigs()
    {
        yield return Case("api_version", "ApiVersionWithoutPatch", c => c.ApiVersion = "2.1");
        yield return Case("name", "EmptyName", c => c.Name = string.Empty);
        yield return Case("description_blurb", "EmptyDescriptionBlurb", c => c.DescriptionBlurb = string.Empty);
        yield return Case("category", "UnknownCategory", c => c.Category = "GAMES");
        yield return Case("base_url", "RelativeBaseUrl", c => c.BaseUrl = "partner.example.com");
        yield return Case("endpoints", "MissingEndpoints", c => c.Endpoints = null);
        yield return Case("endpoints.connect_path", "EmptyConnectPath", c => c.Endpoints!.ConnectPath = string.Empty);
        yield return Case("endpoints.connect_path", "ConnectPathWithoutSlash", c => c.Endpoints!.ConnectPath = "partners/databricks/v1/connect");
        yield return Case("endpoints.get_connectors_path", "ConnectorsPathWithoutSlash", c => c.Endpoints!.GetConnectorsPath = "connectors");
        yield return Case("endpoints.test_connection_path", "TestConnectionPathWithoutSlash", c => c.Endpoints!.TestConnectionPath = "test-connection");
        yield return Case("endpoints.delete_account_path", "DeleteAccountPathWithoutSlash", c => c.Endpoints!.DeleteAccountPath = "account");
        yield return Case("endpoints.expire_account_path", "ExpireAccountPathWithoutSlash", c => c.Endpoints!.ExpireAccountPath = "useraccount");
        yield return Case("endpoints.delete_connection_path", "DeleteConnectionPathWithoutSlash", c => c.Endpoints!.DeleteConnectionPath = "connection");
        yield return Case("sign_up_page", "FtpSignUpPage", c => c.SignUpPage = "ftp://partner.example.com/sign-up");
        yield return Case("privacy_policy", "EmptyPrivacyPolicy", c => c.PrivacyPolicy = string.Empty);
        yield return Case("terms_of_service", "RelativeTermsOfService", c => c.TermsOfService = "/terms");
        yield return Case("logo_file", "EmptyLogoFile", c => c.LogoFile = string.Empty);
        yield return Case("icon_file", "EmptyIconFile", c => c.IconFile = string.Empty);
        yield return Case("resources_to_provision", "UnknownResourceType", c => c.ResourcesToProvision.Add(new ResourceToProvision { ResourceType = "GPU" }));
        yield return Case("data_permissions", "UnknownPermission", c => c.DataPermissions = [new DataPermission { Permission = "DROP" }]);
        yield return Case("object_permissions", "ObjectPermissionWithoutName", c => c.ObjectPermissions = [new ObjectPermission { Name = string.Empty, Level = "CAN_USE" }]);
        yield return Case("supported_clouds", "NoSupportedClouds", c => c.SupportedClouds = []);
        yield return Case("supported_clouds", "UnknownCloud", c => c.SupportedClouds = ["aws", "oracle"]);
        yield return Case("hostnames", "NoHostnames", c => c.Hostnames = []);
        yield return Case("hostnames", "BaseUrlHostNotInHostnames", c => c.BaseUrl = "https://partner.example.com");
        yield return Case("new_user_action", "EmptyNewUserAction", c => c.NewUserAction = string.Empty);
        yield return Case("new_user_action", "UnknownNewUserAction", c => c.NewUserAction = "AUTO_ADD");
        yield return Case("trial_type", "UnknownTrialType", c => c.TrialType = "team");
        yield return Case("auth_options", "UnknownAuthOption", c => c.AuthOptions = ["AUTH_BASIC"]);
        yield return Case("auth_options", "PatAndM2MTogether", c => c.AuthOptions = [PartnerConfig.AuthPat, PartnerConfig.AuthOAuthM2M]);
    }

    private static TestCaseData Case(string field, string name, Action<PartnerConfig> breakIt) =>
        new TestCaseData(field, breakIt).SetName($"Validate_{name}_FailsNaming({field})");
}
