namespace Partner.Domain.DatabricksPartnerConnect.Connections;

/// <summary>The request facts and stored facts one Connect call is decided on.</summary>
public sealed record ConnectFacts
{
    /// <summary>contract: is_connection_established, Databricks' view of the connection.</summary>
    public required bool IsConnectionEstablished { get; init; }

    /// <summary>When established: whether the partner still has the connection Databricks names.</summary>
    public required bool PartnerHasConnection { get; init; }

    /// <summary>contract: the demo flag.</summary>
    public required bool IsDemo { get; init; }

    public required AccountState Account { get; init; }

    public required UserState User { get; init; }

    /// <summary>The user completed the partner's manual sign-up (require_manual_signup).</summary>
    public required bool UserHasSignedUp { get; init; }
}
