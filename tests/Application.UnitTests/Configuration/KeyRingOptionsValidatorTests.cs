using Microsoft.Extensions.Options;
using Partner.Infrastructure.Security;

namespace Partner.Application.UnitTests.Configuration;

public sealed class KeyRingOptionsValidatorTests
{
    [Test]
    public void Validate_Defaults_Pass()
    {
        var options = new KeyRingOptions();

        Assert.That(Validator(options).Validate(options).Errors, Is.Empty);
    }

    [Test]
    public void Validate_CertificateThatDoesNotLoad_FailsNamingTheKey()
    {
        var options = new KeyRingOptions { Certificate = { Path = "/nonexistent/key-ring.pfx" } };

        var errors = Validator(options).Validate(options).Errors.Select(e => e.ErrorMessage);

        Assert.That(errors, Has.One.StartsWith("DataProtection:Certificate:Path: cannot load the certificate /nonexistent/key-ring.pfx"));
    }

    [Test]
    public void Validate_PreviousCertificateThatDoesNotLoad_FailsNamingItsKey()
    {
        var options = new KeyRingOptions { PreviousCertificates = [new CertificateSource { Path = "/nonexistent/old.pfx" }] };

        var errors = Validator(options).Validate(options).Errors.Select(e => e.ErrorMessage);

        Assert.That(errors, Has.One.StartsWith("DataProtection:PreviousCertificates:0:Path: cannot load the certificate /nonexistent/old.pfx"));
    }

    private static KeyRingOptionsValidator Validator(KeyRingOptions options) => new(new KeyRingCertificates(Options.Create(options)));
}
