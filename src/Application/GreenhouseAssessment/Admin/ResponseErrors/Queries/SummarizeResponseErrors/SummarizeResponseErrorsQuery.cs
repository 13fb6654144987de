namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;

/// <summary>Greenhouse's response_error reports per api_call: how many, and when the last came (optionally of one organization, since a time).</summary>
public sealed record SummarizeResponseErrorsQuery(Guid? OrganizationId = null, DateTimeOffset? Since = null) : IRequest<IReadOnlyList<ResponseErrorSummaryDto>>;
