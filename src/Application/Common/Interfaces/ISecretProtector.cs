namespace Partner.Application.Common.Interfaces;

/// <summary>Encrypts secrets (PATs, OAuth secrets, API keys) for storage at rest.</summary>
public interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
