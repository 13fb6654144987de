using Partner.Application.Common.Models;

namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.ListResponseErrors;

/// <summary>Greenhouse's reports of malformed answers, newest first, optionally of one organization.</summary>
public sealed record ListResponseErrorsQuery(Guid? OrganizationId, int Page = 1, int PageSize = 50) : IPagedQuery<ResponseErrorDto>;
