namespace Partner.Application.DatabricksPartnerConnect.OAuth;

/// <summary>The token to check a connection with, or <see cref="Failure"/>: why there is none.</summary>
public sealed record CredentialCheck(string? Token, string Credential, string? Failure)
{
    public override string ToString() => $"CredentialCheck {{ Credential = {Credential}, Failure = {Failure} }}";
}
