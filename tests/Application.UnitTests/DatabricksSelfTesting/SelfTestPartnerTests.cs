using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksSelfTesting;

namespace Partner.Application.UnitTests.DatabricksSelfTesting;

/// <summary>The self-testing partner body built from a PartnerConfig (docs/contracts/databricks-self-testing.md).</summary>
public sealed class SelfTestPartnerTests
{
    private static PartnerConfig Config(string? deleteConnectionPath, List<string>? authOptions) => new()
    {
        Name = "Partner",
        Category = "INGEST",
        BaseUrl = "https://partner.example.com/",
        Endpoints = new PartnerEndpoints { ConnectPath = "/connect", DeleteConnectionPath = deleteConnectionPath },
        SignUpPage = "https://partner.example.com/sign-up",
        TermsOfService = "https://partner.example.com/terms",
        PrivacyPolicy = "https://partner.example.com/privacy",
        Hostnames = ["partner.example.com", "app.partner.example.com"],
        AuthOptions = authOptions,
    };

    [Test]
    public void From_FullConfig_JoinsUrlsOnBaseUrlAndHostnamesWithCommas()
    {
        var partner = SelfTestPartner.From(Config("/connection", ["AUTH_OAUTH_M2M"]),
            new DatabricksSelfTestOptions { IntegrationType = "CLUSTER_COMPUTE", SupportedFeatures = ["NON_ADMIN"] });

        Assert.Multiple(() =>
        {
            Assert.That(partner.ConnectUrl, Is.EqualTo("https://partner.example.com/connect"));
            Assert.That(partner.DeleteUrl, Is.EqualTo("https://partner.example.com/connection"));
            Assert.That(partner.SignUpUrl, Is.EqualTo("https://partner.example.com/sign-up"));
            Assert.That(partner.Hostnames, Is.EqualTo("partner.example.com,app.partner.example.com"));
            Assert.That(partner.IntegrationType, Is.EqualTo("CLUSTER_COMPUTE"));
            Assert.That(partner.SupportedFeatures, Is.EqualTo(new List<string> { "NON_ADMIN" }));
            Assert.That(partner.AuthOptions, Is.EqualTo(new List<string> { "AUTH_OAUTH_M2M" }));
        });
    }

    [Test]
    public void From_NoDeletePathNoFeaturesNoAuthOptions_LeavesOptionalFieldsOut()
    {
        var partner = SelfTestPartner.From(Config(null, null), new DatabricksSelfTestOptions());

        Assert.Multiple(() =>
        {
            Assert.That(partner.DeleteUrl, Is.Null);
            Assert.That(partner.SupportedFeatures, Is.Null);
            Assert.That(partner.AuthOptions, Is.Null);
            Assert.That(partner.IntegrationType, Is.EqualTo("WAREHOUSE_READ_WRITE"));
        });
    }
}
