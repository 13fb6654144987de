namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

/// <summary>contract: "POST partners/databricks/test-connection".</summary>
public sealed record TestConnectionCommand : IRequest<TestConnectionResult>, IConnectionReference
{
    /// <summary>The partner's connection id.</summary>
    /// <example>7f2e4c43-9714-47cf-9011-d8148eaa27a2</example>
    public required string ConnectionId { get; init; }

    /// <summary>aws, azure or gcp.</summary>
    /// <example>azure</example>
    public required string CloudProvider { get; init; }

    /// <summary>The workspace id.</summary>
    /// <example>1234567890</example>
    public required long DatabricksOrganizationId { get; init; }
}
