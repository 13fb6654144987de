using Microsoft.Extensions.Hosting;
using Moq;
using Partner.Application.Common.Configuration;
using Partner.Infrastructure.Security;
using Partner.WebApi.Startup;

namespace Partner.WebApi.FunctionalTests.Configuration;

public sealed class DeploymentSettingsValidatorTests
{
    [Test]
    public void PartnerConnect_NoCredentialOutsideDevelopment_FailsNamingTheKey() =>
        Assert.That(In(Environments.Production).Validate(null, new PartnerConnectOptions()).Failures,
            Is.EqualTo(new[] { "PartnerConnect:Credentials needs at least one Username/Password pair outside Development (Databricks cannot call us otherwise)." }));

    [Test]
    public void PartnerConnect_NoCredentialInDevelopment_Passes() =>
        Assert.That(In(Environments.Development).Validate(null, new PartnerConnectOptions()).Succeeded, Is.True);

    [Test]
    public void KeyRing_NoCertificateOutsideDevelopment_FailsNamingTheKey() =>
        Assert.That(In(Environments.Production).Validate(null, new KeyRingOptions()).Failures,
            Has.One.StartsWith("DataProtection:Certificate:Path is required outside Development"));

    [Test]
    public void KeyRing_UnencryptedAllowed_Passes() =>
        Assert.That(In(Environments.Production).Validate(null, new KeyRingOptions { AllowUnencryptedKeys = true }).Succeeded, Is.True);

    private static DeploymentSettingsValidator In(string environment)
    {
        var host = new Mock<IHostEnvironment>();
        host.Setup(h => h.EnvironmentName).Returns(environment);
        return new DeploymentSettingsValidator(host.Object);
    }
}
