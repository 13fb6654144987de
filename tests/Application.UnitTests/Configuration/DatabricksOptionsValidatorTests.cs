using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;

namespace Partner.Application.UnitTests.Configuration;

public sealed class DatabricksOptionsValidatorTests
{
    private static readonly PartnerConfig PublishedApp = new() { AuthOptions = [PartnerConfig.AuthOAuthU2M], IsPublishedApp = true };

    [Test]
    public void Validate_Defaults_Pass()
    {
        var validator = new DatabricksOptionsValidator(Options.Create(new PartnerConfig()));

        Assert.That(validator.Validate(new DatabricksOptions()).Errors, Is.Empty);
    }

    [Test]
    public void Validate_PublishedAppWithoutItsClientId_FailsNamingTheKey()
    {
        var validator = new DatabricksOptionsValidator(Options.Create(PublishedApp));

        var errors = validator.Validate(new DatabricksOptions()).Errors.Select(e => e.ErrorMessage);

        Assert.That(errors, Is.EqualTo(new[]
        {
            "Databricks:OAuth:PublishedAppClientId is required: the PartnerConfig has AUTH_OAUTH_U2M with is_published_app true.",
        }));
    }

    [Test]
    public void Validate_PublishedAppWithItsClientId_Passes()
    {
        var validator = new DatabricksOptionsValidator(Options.Create(PublishedApp));

        Assert.That(validator.Validate(new DatabricksOptions { OAuth = { PublishedAppClientId = "published-app" } }).Errors, Is.Empty);
    }

    [Test]
    public void Validate_BadTimeout_FailsNamingTheKey()
    {
        var validator = new DatabricksOptionsValidator(Options.Create(new PartnerConfig()));

        var errors = validator.Validate(new DatabricksOptions { Timeout = TimeSpan.Zero }).Errors.Select(e => e.ErrorMessage);

        Assert.That(errors, Is.EqualTo(new[] { "Databricks:Timeout must be between 00:00:00.100 and 00:05:00." }));
    }
}
