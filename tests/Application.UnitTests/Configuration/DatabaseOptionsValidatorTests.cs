using Partner.Infrastructure.Persistence;

namespace Partner.Application.UnitTests.Configuration;

public sealed class DatabaseOptionsValidatorTests
{
    private readonly DatabaseOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new DatabaseOptions()).Errors, Is.Empty);

    [TestCase("00:06:00", "00:00:02", "00:00:30", "Database:CommandTimeout must be between 00:00:01 and 00:05:00.")]
    [TestCase("00:00:03", "00:00:04", "00:00:30", "Database:ConnectTimeout must be between 00:00:01 and Database:CommandTimeout.")]
    [TestCase("00:00:05", "00:00:02", "00:31:00", "Database:StartupTimeout must be between 00:00:00 and 00:30:00.")]
    public void Validate_OutOfRange_FailsNamingTheKey(string command, string connect, string startup, string message)
    {
        var options = new DatabaseOptions
        {
            CommandTimeout = TimeSpan.Parse(command), ConnectTimeout = TimeSpan.Parse(connect), StartupTimeout = TimeSpan.Parse(startup),
        };

        Assert.That(_validator.Validate(options).Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { message }));
    }
}
