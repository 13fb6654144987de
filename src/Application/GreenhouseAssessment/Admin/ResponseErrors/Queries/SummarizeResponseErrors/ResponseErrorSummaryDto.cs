namespace Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;

/// <summary>The reports about one of our answers.</summary>
public sealed record ResponseErrorSummaryDto
{
    /// <example>test_status</example>
    public required string ApiCall { get; init; }

    /// <example>3</example>
    public required long Count { get; init; }

    public required DateTimeOffset LastSeenAt { get; init; }
}
