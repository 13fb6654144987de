namespace Partner.Application.DatabricksPartnerConnect.Connectors.Queries.ListConnectors;

public sealed class ListConnectorsQueryValidator : AbstractValidator<ListConnectorsQuery>
{
    public ListConnectorsQueryValidator() =>
        this.RuleForField(q => q.PaginationToken).MaximumLength(2048);
}
