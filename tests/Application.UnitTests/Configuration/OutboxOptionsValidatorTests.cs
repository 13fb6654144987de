using Partner.Infrastructure.GreenhouseAssessment.Outbox;

namespace Partner.Application.UnitTests.Configuration;

public sealed class OutboxOptionsValidatorTests
{
    private readonly OutboxOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new OutboxOptions()).Errors, Is.Empty);

    [Test]
    public void Validate_EverySettingOutOfRange_FailsNamingEachKey()
    {
        var options = new OutboxOptions
        {
            PollInterval = TimeSpan.Zero,
            RetryBaseDelay = TimeSpan.Zero,
            MaxAttempts = 0,
            LeaseDuration = TimeSpan.FromSeconds(10),
            BatchSize = 0,
            MaxConcurrency = 257,
            DeliveryTimeout = TimeSpan.FromSeconds(10),
        };

        Assert.That(_validator.Validate(options).Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[]
        {
            "Outbox:PollInterval must be positive.",
            "Outbox:RetryBaseDelay must be positive.",
            "Outbox:MaxAttempts must be at least 1.",
            "Outbox:BatchSize must be at least 1.",
            "Outbox:MaxConcurrency must be between 1 and 256.",
            "Outbox:DeliveryTimeout must be positive and shorter than Outbox:LeaseDuration.",
        }));
    }

    [Test]
    public void Validate_ZeroLease_FailsNamingTheKey()
    {
        var errors = _validator.Validate(new OutboxOptions { LeaseDuration = TimeSpan.Zero }).Errors.Select(e => e.ErrorMessage);

        Assert.That(errors, Does.Contain("Outbox:LeaseDuration must be positive."));
    }
}
