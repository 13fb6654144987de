namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

/// <summary>contract: user_info.auth. Stored encrypted; never logged.</summary>
public sealed record ConnectAuth
{
    /// <summary>A Databricks personal access token.</summary>
    /// <example>dapi0123456789abcdef</example>
    public string? PersonalAccessToken { get; init; }

    public override string ToString() => "ConnectAuth { PersonalAccessToken = *** }";
}
