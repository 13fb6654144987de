using Partner.Application.Common.Behaviours;

namespace Partner.Application.DatabricksPartnerConnect.Accounts.Commands.DeleteAccount;

/// <summary>contract: "DELETE partners/databricks/account" (test domains only).</summary>
public sealed record DeleteAccountCommand : IRequest<Unit>, IRetriedOnWriteConflict
{
    /// <summary>The account's e-mail domain; a Databricks test domain.</summary>
    /// <example>abc123.databricks-test.com</example>
    public required string Domain { get; init; }

    /// <summary>aws, azure or gcp.</summary>
    /// <example>azure</example>
    public required string CloudProvider { get; init; }

    /// <summary>The workspace id.</summary>
    /// <example>1234567890</example>
    public required long DatabricksOrganizationId { get; init; }
}
