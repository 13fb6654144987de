using FluentValidation;

namespace Partner.WebApi.Authentication;

/// <summary>
/// Checks the Admin section at start; messages name the configuration key. How long a key must be, and which keys are
/// refused, depends on the environment: deployment rules (Startup/DeploymentSettingsValidator).
/// </summary>
public sealed class AdminOptionsValidator : AbstractValidator<AdminOptions>
{
    public AdminOptionsValidator()
    {
        RuleFor(o => o.ScopedKeys).Must(keys => keys.All(k => !string.IsNullOrWhiteSpace(k.Key)))
            .WithMessage("Admin:ScopedKeys:N:Key must not be empty.");
        RuleFor(o => o.ScopedKeys).Must(keys => keys.All(k => k.ScopeList.Count > 0 && k.ScopeList.All(AdminScopes.All.Contains)))
            .WithMessage($"Admin:ScopedKeys:N:Scopes must name one or more of {string.Join(", ", AdminScopes.All)}, comma-separated.");
    }
}
