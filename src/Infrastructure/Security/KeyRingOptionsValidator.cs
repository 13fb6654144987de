using FluentValidation;

namespace Partner.Infrastructure.Security;

/// <summary>
/// Checks the DataProtection section at start: every certificate it names loads, with its private key. Whether one is
/// required depends on the environment (DeploymentRules.KeyRingProblem).
/// </summary>
public sealed class KeyRingOptionsValidator : AbstractValidator<KeyRingOptions>
{
    public KeyRingOptionsValidator(KeyRingCertificates certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        RuleFor(o => o.Certificate).Custom((_, context) =>
        {
            foreach (var problem in certificates.Problems)
            {
                context.AddFailure(problem);
            }
        });
    }
}
