using FluentValidation;

namespace Partner.Infrastructure.Persistence;

/// <summary>
/// Checks the Database section at start; messages name the configuration key. Database:Provider is checked where it is
/// read, as the services are registered: it decides which ones.
/// </summary>
public sealed class DatabaseOptionsValidator : AbstractValidator<DatabaseOptions>
{
    public DatabaseOptionsValidator()
    {
        RuleFor(o => o.CommandTimeout).InclusiveBetween(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5))
            .WithMessage("Database:CommandTimeout must be between 00:00:01 and 00:05:00.");
        RuleFor(o => o.ConnectTimeout).Must((o, connect) => connect >= TimeSpan.FromSeconds(1) && connect <= o.CommandTimeout)
            .WithMessage("Database:ConnectTimeout must be between 00:00:01 and Database:CommandTimeout.");
        RuleFor(o => o.StartupTimeout).InclusiveBetween(TimeSpan.Zero, TimeSpan.FromMinutes(30))
            .WithMessage("Database:StartupTimeout must be between 00:00:00 and 00:30:00.");
    }
}
