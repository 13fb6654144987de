using Microsoft.AspNetCore.DataProtection;
using Partner.Application.Common.Interfaces;

namespace Partner.Infrastructure.Security;

/// <summary>Encrypts secrets at rest with ASP.NET Data Protection; the key ring lives in the database.</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    /// <summary>The purpose every stored secret is protected under.</summary>
    public const string Purpose = "Partner.Secrets.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
