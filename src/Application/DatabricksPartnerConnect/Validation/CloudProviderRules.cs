using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Validation;

public static class CloudProviderRules
{
    public static IRuleBuilderOptions<T, string> MustBeCloudProvider<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(CloudProvider.IsKnown).WithMessage("{PropertyName} must be aws, azure or gcp.");
}
