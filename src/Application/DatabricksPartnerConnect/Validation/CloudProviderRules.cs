using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Validation;

public static class CloudProviderRules
{
    /// <summary>One of <see cref="CloudProvider.All"/>, named in the message by the rule's field.</summary>
    public static IRuleBuilderOptions<T, string> MustBeCloudProvider<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(CloudProvider.IsKnown).WithMessage("{PropertyName} must be aws, azure or gcp.");
}
