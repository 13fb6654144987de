using Partner.WebApi.RateLimiting;

namespace Partner.WebApi.FunctionalTests.Configuration;

public sealed class RateLimitingOptionsValidatorTests
{
    private readonly RateLimitingOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new RateLimitingOptions()).Errors, Is.Empty);

    [Test]
    public void Validate_ZeroLimitsAndWindow_FailNamingEachKey()
    {
        var options = new RateLimitingOptions { PermitLimit = 0, Window = TimeSpan.Zero, LandingPerVisit = 0, LandingPerAddress = -1 };

        Assert.That(_validator.Validate(options).Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[]
        {
            "RateLimiting:PermitLimit must be positive.",
            "RateLimiting:Window must be positive.",
            "RateLimiting:LandingPerVisit must be positive.",
            "RateLimiting:LandingPerAddress must be positive.",
        }));
    }
}
