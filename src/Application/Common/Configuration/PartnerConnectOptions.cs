namespace Partner.Application.Common.Configuration;

/// <summary>The PartnerConnect configuration section (docs: README "Configuration").</summary>
public sealed class PartnerConnectOptions
{
    public const string Section = "PartnerConnect";

    /// <summary>Path of the PartnerConfig JSON file; relative paths are resolved against the app's content root.</summary>
    public string PartnerConfigPath { get; set; } = "partner-config.json";

    /// <summary>Accepted Databricks Basic credentials; several at once, for rotation.</summary>
    public List<BasicCredential> Credentials { get; set; } = [];

    /// <summary>contract: "the partner allows multiple trials per account".</summary>
    public bool AllowRepeatedTrials { get; set; }

    public List<ConnectorOption> Connectors { get; set; } = [];

    public int ConnectorsPageSize { get; set; } = 100;

    public TimeSpan RedirectTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
}

public sealed class BasicCredential
{
    public string Username { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public override string ToString() => $"BasicCredential {{ Username = {Username} }}";
}

public sealed class ConnectorOption
{
    public string Identifier { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>source or target.</summary>
    public string Type { get; set; } = string.Empty;

    public string? Description { get; set; }
}
