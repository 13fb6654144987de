using Partner.Domain.Common;
using Partner.Application.DatabricksPartnerConnect.Validation;
namespace Partner.Application.DatabricksPartnerConnect.Connections;

/// <summary>The fields that name a connection in test-connection and delete-connection.</summary>
public interface IConnectionReference
{
    string ConnectionId { get; }

    string CloudProvider { get; }

    long DatabricksOrganizationId { get; }
}

internal sealed class ConnectionReferenceValidator : AbstractValidator<IConnectionReference>
{
    public ConnectionReferenceValidator()
    {
        this.RuleForField(c => c.ConnectionId).NotEmpty().MaximumLength(TextLimits.Identifier);
        this.RuleForField(c => c.CloudProvider).MustBeCloudProvider();
    }
}
