using FluentValidation.Results;
using Partner.Application.DatabricksPartnerConnect.Accounts.Commands.ExpireUserAccount;

namespace Partner.Application.UnitTests.DatabricksPartnerConnect.Accounts;

public sealed class ExpireUserAccountCommandValidatorTests
{
    private readonly ExpireUserAccountCommandValidator _validator = new();

    [Test]
    public void Validate_SeedExample_IsValid()
    {
        Assert.That(_validator.Validate(Command("admin@abc123.databricks-test.com")).Errors, Is.Empty);
    }

    [TestCase("")]
    [TestCase("admin-at-databricks-test.com")]
    public void Validate_BadEmail_FailsNamingEmail(string email)
    {
        var result = _validator.Validate(Command(email));

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors, Has.All.Property(nameof(ValidationFailure.PropertyName)).EqualTo("email"));
            Assert.That(result.Errors, Has.All.Property(nameof(ValidationFailure.ErrorMessage)).Contains("email"));
        });
    }

    [Test]
    public void Validate_UnknownCloudProvider_FailsNamingCloudProvider()
    {
        var result = _validator.Validate(Command("admin@abc123.databricks-test.com") with { CloudProvider = "Azure Cloud" });

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Has.Count.EqualTo(1));
            Assert.That(result.Errors[0].PropertyName, Is.EqualTo("cloud_provider"));
            Assert.That(result.Errors[0].ErrorMessage, Does.Contain("cloud_provider"));
        });
    }

    private static ExpireUserAccountCommand Command(string email) => new()
    {
        Email = email,
        DatabricksUserId = 123456789012345678,
        CloudProvider = "azure",
        DatabricksOrganizationId = 123456789012345678,
    };
}
