using Partner.WebApi.Authentication;

namespace Partner.WebApi.FunctionalTests.Configuration;

public sealed class FailureThrottleOptionsValidatorTests
{
    private readonly FailureThrottleOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new FailureThrottleOptions()).Errors, Is.Empty);

    [Test]
    public void Validate_NoDelays_Passes() =>
        Assert.That(_validator.Validate(new FailureThrottleOptions { FreeFailures = 0, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero }).Errors, Is.Empty);

    [Test]
    public void Validate_EverySettingOutOfRange_FailsNamingEachKey()
    {
        var options = new FailureThrottleOptions
        {
            FreeFailures = -1, MaxFailures = 0, BaseDelay = TimeSpan.FromSeconds(-1), MaxDelay = TimeSpan.FromSeconds(-1), Window = TimeSpan.Zero,
        };

        Assert.That(_validator.Validate(options).Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[]
        {
            "Authentication:FailureThrottle:FreeFailures must not be negative.",
            "Authentication:FailureThrottle:MaxFailures must be at least 1.",
            "Authentication:FailureThrottle:BaseDelay must not be negative.",
            "Authentication:FailureThrottle:MaxDelay must not be negative.",
            "Authentication:FailureThrottle:Window must be positive.",
        }));
    }
}
