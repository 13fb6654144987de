namespace Partner.Application.DatabricksPartnerConnect.Connectors.Queries.ListConnectors;

/// <summary>contract: "GET partners/databricks/v1/connectors?pagination_token=".</summary>
/// <param name="PaginationToken">The token of the previous page's answer; absent for the first page.</param>
public sealed record ListConnectorsQuery(string? PaginationToken) : IRequest<ListConnectorsResult>;
