using Partner.WebApi.Telemetry;

namespace Partner.WebApi.FunctionalTests.Configuration;

public sealed class TelemetryOptionsValidatorTests
{
    private readonly TelemetryOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new TelemetryOptions()).Errors, Is.Empty);

    [Test]
    public void Validate_Endpoint_Passes() =>
        Assert.That(_validator.Validate(new TelemetryOptions { OtlpEndpoint = "http://otel-collector:4317" }).Errors, Is.Empty);

    [Test]
    public void Validate_EndpointNotAUrl_FailsNamingTheKey() =>
        Assert.That(_validator.Validate(new TelemetryOptions { OtlpEndpoint = "not a url" }).Errors.Select(e => e.ErrorMessage),
            Is.EqualTo(new[] { "Telemetry:OtlpEndpoint must be an absolute URL, e.g. http://otel-collector:4317." }));
}
