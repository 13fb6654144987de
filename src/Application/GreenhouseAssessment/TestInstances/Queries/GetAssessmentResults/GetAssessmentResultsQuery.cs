namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults;

/// <summary>The recruiter's results page of a test the service ran (the partner_profile_url Greenhouse shows).</summary>
public sealed record GetAssessmentResultsQuery(string ResultsToken) : IRequest<AssessmentResultsModel>
{
    public override string ToString() => "GetAssessmentResultsQuery { ResultsToken = *** }";
}
