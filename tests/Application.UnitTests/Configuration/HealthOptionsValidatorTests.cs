using Partner.Infrastructure.Persistence.Health;

namespace Partner.Application.UnitTests.Configuration;

public sealed class HealthOptionsValidatorTests
{
    private readonly HealthOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new HealthOptions()).Errors, Is.Empty);

    [Test]
    public void Validate_NegativeCacheAndZeroTimeout_FailNamingTheKeys()
    {
        var options = new HealthOptions { WriteProbeCacheDuration = TimeSpan.FromSeconds(-1), WriteProbeTimeout = TimeSpan.Zero };

        Assert.That(_validator.Validate(options).Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[]
        {
            "Health:WriteProbeCacheDuration must not be negative.",
            "Health:WriteProbeTimeout must be positive.",
        }));
    }
}
