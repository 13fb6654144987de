using Partner.Application.Common.Behaviours;

namespace Partner.Application.DatabricksPartnerConnect.Accounts.Commands.ExpireUserAccount;

/// <summary>contract: "PUT partners/databricks/useraccount": expire a user's trial (test domains only).</summary>
public sealed record ExpireUserAccountCommand : IRequest<Unit>, IRetriedOnWriteConflict
{
    /// <summary>The user's e-mail; its domain must be a Databricks test domain.</summary>
    /// <example>admin@abc123.databricks-test.com</example>
    public required string Email { get; init; }

    /// <summary>The user's Databricks id.</summary>
    /// <example>1234567890</example>
    public required long DatabricksUserId { get; init; }

    /// <summary>aws, azure or gcp.</summary>
    /// <example>azure</example>
    public required string CloudProvider { get; init; }

    /// <summary>The workspace id.</summary>
    /// <example>1234567890</example>
    public required long DatabricksOrganizationId { get; init; }

    // docs/architecture.md "Conventions" (logs): no e-mail addresses in logs; MVC logs action arguments with ToString at Trace level.
    public override string ToString() =>
        $"ExpireUserAccountCommand {{ DatabricksUserId = {DatabricksUserId}, CloudProvider = {CloudProvider}, DatabricksOrganizationId = {DatabricksOrganizationId} }}";
}
