namespace Partner.WebApi.FunctionalTests.Configuration;

public sealed class HttpLimitsOptionsValidatorTests
{
    private readonly HttpLimitsOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new HttpLimitsOptions()).Errors, Is.Empty);

    [Test]
    public void Validate_ZeroBodyLimit_FailsNamingTheKey() =>
        Assert.That(_validator.Validate(new HttpLimitsOptions { MaxRequestBodyBytes = 0 }).Errors.Select(e => e.ErrorMessage),
            Is.EqualTo(new[] { "HttpLimits:MaxRequestBodyBytes must be positive." }));
}
