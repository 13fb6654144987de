namespace Partner.Application.Admin.Connections.Queries.ListConnections;

public sealed class ListConnectionsQueryValidator : AbstractValidator<ListConnectionsQuery>
{
    public ListConnectionsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).OverridePropertyName("page_size");
    }
}
