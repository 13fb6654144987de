namespace Partner.Application.DatabricksPartnerConnect.Admin.Connections.Queries.ListConnections;

public sealed class ListConnectionsQueryValidator : AbstractValidator<ListConnectionsQuery>
{
    public ListConnectionsQueryValidator()
    {
        this.ValidatePaging();
    }
}
