using Partner.Infrastructure.GreenhouseAssessment.Email;

namespace Partner.Application.UnitTests.Configuration;

public sealed class EmailOptionsValidatorTests
{
    private readonly EmailOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new EmailOptions()).Errors, Is.Empty);

    [Test]
    public void Validate_SmtpPortOutOfRange_FailsNamingTheKey()
    {
        var options = new EmailOptions { Smtp = { Host = "smtp.example.com", Port = 0 } };

        Assert.That(_validator.Validate(options).Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { "Email:Smtp:Port must be between 1 and 65535." }));
    }

    [Test]
    public void Validate_PortWithoutSmtpHost_IsNotChecked() =>
        Assert.That(_validator.Validate(new EmailOptions { Smtp = { Port = 0 } }).Errors, Is.Empty);

    [TestCase("")]
    [TestCase("not an address <")]
    public void Validate_FromNotAnAddress_FailsNamingTheKey(string from)
    {
        var options = new EmailOptions { Smtp = { From = from } };

        Assert.That(_validator.Validate(options).Errors.Select(e => e.ErrorMessage),
            Is.EqualTo(new[] { "Email:Smtp:From must be an e-mail address, e.g. \"Partner <no-reply@example.com>\"." }));
    }
}
