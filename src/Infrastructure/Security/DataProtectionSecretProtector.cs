using Microsoft.AspNetCore.DataProtection;
using Partner.Application.Common.Interfaces;

namespace Partner.Infrastructure.Security;

/// <summary>Encrypts secrets at rest with ASP.NET Data Protection; the key ring lives in the database.</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Partner.Secrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
