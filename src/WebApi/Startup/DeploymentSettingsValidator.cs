using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.GreenhouseAssessment;
using Partner.Application.Operations;
using Partner.Infrastructure.Security;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.Startup;

/// <summary>
/// <see cref="DeploymentRules"/> as options validation, reported with every other invalid setting at start: the one
/// hand-written <see cref="IValidateOptions{TOptions}"/> (docs/architecture.md "Options validation").
/// </summary>
public sealed class DeploymentSettingsValidator(IHostEnvironment environment)
    : IValidateOptions<PartnerConnectOptions>, IValidateOptions<AdminOptions>, IValidateOptions<GreenhouseOptions>, IValidateOptions<KeyRingOptions>
{
    private bool IsDevelopment => environment.IsDevelopment();

    private bool IsProduction => environment.IsProduction();

    public ValidateOptionsResult Validate(string? name, PartnerConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result(options.Credentials.SelectMany((c, i) =>
                DeploymentRules.SecretProblems($"PartnerConnect:Credentials:{i}:Password", c.Password, IsDevelopment, IsProduction))
            .Append(DeploymentRules.CredentialsProblem(options.Credentials.Count, IsDevelopment)));
    }

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result(options.ApiKeys.SelectMany((key, i) => DeploymentRules.SecretProblems($"Admin:ApiKeys:{i}", key, IsDevelopment, IsProduction))
            .Concat(options.ScopedKeys.SelectMany((entry, i) =>
                DeploymentRules.SecretProblems($"Admin:ScopedKeys:{i}:Key", entry.Key, IsDevelopment, IsProduction))));
    }

    public ValidateOptionsResult Validate(string? name, GreenhouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Seed.Organization?.ApiKey is { } key
            ? Result(DeploymentRules.SecretProblems("Greenhouse:Seed:Organization:ApiKey", key, IsDevelopment, IsProduction))
            : ValidateOptionsResult.Success;
    }

    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result([DeploymentRules.KeyRingProblem(options.Certificate.IsSet, options.AllowUnencryptedKeys, IsDevelopment)]);
    }

    private static ValidateOptionsResult Result(IEnumerable<string?> problems)
    {
        var list = problems.OfType<string>().ToList();
        return list.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(list);
    }
}
