using Partner.Application.Common.Configuration;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.Infrastructure.Configuration;

namespace Partner.Application.UnitTests.Configuration;

/// <summary>PartnerConfig.ToBehaviour: the JSON switches the Connect decision reads.</summary>
public sealed class PartnerConfigTests
{
    [TestCase("auto_add", NewUserAction.AutoAdd)]
    [TestCase("invite", NewUserAction.Invite)]
    [TestCase("not_found", NewUserAction.NotFound)]
    [TestCase("error", NewUserAction.Error)]
    public void ToBehaviour_NewUserAction_MapsJsonValue(string json, NewUserAction expected)
    {
        var config = Shipped();
        config.NewUserAction = json;

        Assert.That(config.ToBehaviour(allowRepeatedTrials: false).NewUserAction, Is.EqualTo(expected));
    }

    // contract: oauth_redirect_uri "should be set only when the partner is configured with OAuth U2M as the auth option
    // [...] and does not have a pre-registered Databricks published OAuth app connection (is_published_app is false or null)".
    [TestCase(new[] { "AUTH_PAT", "AUTH_OAUTH_U2M" }, null, true)]
    [TestCase(new[] { "AUTH_OAUTH_U2M" }, false, true)]
    [TestCase(new[] { "AUTH_OAUTH_U2M" }, true, false)]
    [TestCase(new[] { "AUTH_PAT" }, null, false)]
    [TestCase(new[] { "AUTH_OAUTH_M2M" }, false, false)]
    public void ToBehaviour_AuthOptionsAndPublishedApp_DecideOAuthRedirectUri(string[] authOptions, bool? isPublishedApp, bool expected)
    {
        var config = Shipped();
        config.AuthOptions = [.. authOptions];
        config.IsPublishedApp = isPublishedApp;

        Assert.That(config.ToBehaviour(allowRepeatedTrials: false).ReturnsOAuthRedirectUri, Is.EqualTo(expected));
    }

    [Test]
    public void ToBehaviour_NoAuthOptions_NoOAuthRedirectUri()
    {
        var config = Shipped();
        config.AuthOptions = null;

        Assert.That(config.ToBehaviour(allowRepeatedTrials: false).ReturnsOAuthRedirectUri, Is.False);
    }

    [Test]
    public void ToBehaviour_OptionalSwitches_MapToBehaviour()
    {
        var config = Shipped();
        config.RequireManualSignup = true;
        config.TrialType = "user";
        config.SupportsDemo = false;

        var behaviour = config.ToBehaviour(allowRepeatedTrials: true);

        Assert.Multiple(() =>
        {
            Assert.That(behaviour.RequireManualSignup, Is.True);
            Assert.That(behaviour.TrialType, Is.EqualTo(TrialType.User));
            Assert.That(behaviour.SupportsDemo, Is.False);
            Assert.That(behaviour.AllowRepeatedTrials, Is.True);
        });
    }

    [Test]
    public void ToBehaviour_OptionalSwitchesAbsent_UsesDefaults()
    {
        var config = Shipped();
        config.RequireManualSignup = null;
        config.TrialType = null;
        config.SupportsDemo = null;

        var behaviour = config.ToBehaviour(allowRepeatedTrials: false);

        Assert.Multiple(() =>
        {
            Assert.That(behaviour.RequireManualSignup, Is.False);
            Assert.That(behaviour.TrialType, Is.EqualTo(TrialType.Account));
            Assert.That(behaviour.SupportsDemo, Is.True);
            Assert.That(behaviour.AllowRepeatedTrials, Is.False);
        });
    }

    private static PartnerConfig Shipped() => PartnerConfigFile.Load(RepositoryFiles.ShippedPartnerConfig);
}
