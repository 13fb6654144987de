using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;

namespace Partner.Infrastructure.Security;

/// <summary>
/// Outside Development the key ring must be encrypted: a missing certificate stops the start, unless
/// DataProtection:AllowUnencryptedKeys says otherwise (tests). A certificate that does not load stops it everywhere.
/// </summary>
public sealed class KeyRingOptionsValidator(KeyRingCertificates certificates, IDeploymentEnvironment environment) : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = certificates.Problems.ToList();
        if (!options.Certificate.IsSet && !options.AllowUnencryptedKeys && !environment.IsDevelopment)
        {
            problems.Add("DataProtection:Certificate:Path is required outside Development: without it the key ring that decrypts every stored secret "
                + "is kept in plain text in the database (docs/operations.md \"Security\"; DataProtection:AllowUnencryptedKeys=true for tests only).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
