using Partner.Application.Operations;

namespace Partner.Application.UnitTests.Operations;

public sealed class DeploymentRulesTests
{
    [Test]
    public void CredentialsProblem_NoneOutsideDevelopment_NamesTheKey() =>
        Assert.That(DeploymentRules.CredentialsProblem(0, isDevelopment: false),
            Is.EqualTo("PartnerConnect:Credentials needs at least one Username/Password pair outside Development (Databricks cannot call us otherwise)."));

    [TestCase(1, false)]
    [TestCase(0, true)]
    public void CredentialsProblem_OneOrDevelopment_None(int credentials, bool isDevelopment) =>
        Assert.That(DeploymentRules.CredentialsProblem(credentials, isDevelopment), Is.Null);

    [Test]
    public void KeyRingProblem_NoCertificateOutsideDevelopment_NamesTheKey() =>
        Assert.That(DeploymentRules.KeyRingProblem(hasCertificate: false, allowUnencryptedKeys: false, isDevelopment: false),
            Does.StartWith("DataProtection:Certificate:Path is required outside Development"));

    [TestCase(true, false, false)]
    [TestCase(false, true, false)]
    [TestCase(false, false, true)]
    public void KeyRingProblem_CertificateOrAllowedOrDevelopment_None(bool hasCertificate, bool allowUnencryptedKeys, bool isDevelopment) =>
        Assert.That(DeploymentRules.KeyRingProblem(hasCertificate, allowUnencryptedKeys, isDevelopment), Is.Null);

    [Test]
    public void SecretProblems_ShortInProduction_NamesTheKey() =>
        Assert.That(DeploymentRules.SecretProblems("Admin:ApiKeys:0", "short", isDevelopment: false, isProduction: true),
            Is.EqualTo(new[] { "Admin:ApiKeys:0 must be at least 24 characters in Production." }));
}
