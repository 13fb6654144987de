namespace Partner.Application.DatabricksPartnerConnect.Connectors.Queries.ListConnectors;

public sealed class ListConnectorsQueryValidator : AbstractValidator<ListConnectorsQuery>
{
    public ListConnectorsQueryValidator() =>
        RuleFor(q => q.PaginationToken).MaximumLength(2048).OverridePropertyName("pagination_token");
}
