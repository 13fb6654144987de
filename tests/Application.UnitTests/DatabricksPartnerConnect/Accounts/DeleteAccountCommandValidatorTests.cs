using FluentValidation.Results;
using Partner.Application.DatabricksPartnerConnect.Accounts.Commands.DeleteAccount;

namespace Partner.Application.UnitTests.DatabricksPartnerConnect.Accounts;

public sealed class DeleteAccountCommandValidatorTests
{
    private static readonly string[] CloudProviderMessage = ["cloud_provider must be aws, azure or gcp."];

    private readonly DeleteAccountCommandValidator _validator = new();

    // contract example: "domain": "abc123.databricks-test.com". The test-domain guard itself is the handler's (400 bad_request).
    [TestCase("abc123.databricks-test.com")]
    [TestCase("databricks-demo.com")]
    [TestCase("example.com")]
    [TestCase("databricks-test.com.")]
    public void Validate_DnsDomain_IsValid(string domain)
    {
        Assert.That(_validator.Validate(Command(domain)).Errors, Is.Empty);
    }

    [TestCase("")]
    [TestCase("localhost")]
    [TestCase("admin@databricks-test.com")]
    [TestCase("-abc.databricks-test.com")]
    [TestCase("abc..databricks-test.com")]
    [TestCase("abc 123.databricks-test.com")]
    public void Validate_NotADnsDomain_FailsNamingDomain(string domain)
    {
        var result = _validator.Validate(Command(domain));

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors, Has.All.Property(nameof(ValidationFailure.PropertyName)).EqualTo("domain"));
            Assert.That(result.Errors, Has.Some.Property(nameof(ValidationFailure.ErrorMessage)).Contains("domain"));
        });
    }

    [TestCase("oracle")]
    [TestCase("")]
    public void Validate_UnknownCloudProvider_FailsNamingCloudProvider(string cloudProvider)
    {
        var result = _validator.Validate(Command("abc123.databricks-test.com") with { CloudProvider = cloudProvider });

        Assert.That(result.Errors.Select(e => e.ErrorMessage), Is.EqualTo(CloudProviderMessage));
    }

    private static DeleteAccountCommand Command(string domain) => new()
    {
        Domain = domain,
        CloudProvider = "azure",
        DatabricksOrganizationId = 123456789012345678,
    };
}
