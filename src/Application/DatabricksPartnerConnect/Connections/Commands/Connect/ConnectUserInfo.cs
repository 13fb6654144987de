namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

/// <summary>contract: user_info.</summary>
public sealed record ConnectUserInfo
{
    /// <summary>A valid e-mail address.</summary>
    /// <example>john.doe@databricks.com</example>
    public required string Email { get; init; }

    /// <summary>Non-null, may be empty.</summary>
    /// <example>John</example>
    public required string FirstName { get; init; }

    /// <summary>Non-null, may be empty.</summary>
    /// <example>Doe</example>
    public required string LastName { get; init; }

    /// <summary>Unique within a cloud.</summary>
    /// <example>1234567890</example>
    public required long DatabricksUserId { get; init; }

    /// <summary>Same as workspace_id.</summary>
    /// <example>1234567890</example>
    public required long DatabricksOrganizationId { get; init; }

    /// <summary>Databricks' view: whether it already has a connection to this partner.</summary>
    public required bool IsConnectionEstablished { get; init; }

    /// <summary>Only present if is_connection_established is false.</summary>
    public ConnectAuth? Auth { get; init; }

    public override string ToString() => $"ConnectUserInfo {{ DatabricksUserId = {DatabricksUserId}, IsConnectionEstablished = {IsConnectionEstablished} }}";
}
