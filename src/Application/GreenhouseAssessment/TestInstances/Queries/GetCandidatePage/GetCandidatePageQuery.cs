namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;

/// <summary>What the candidate page shows for the token of an e-mailed link.</summary>
public sealed record GetCandidatePageQuery(string Token) : IRequest<CandidatePageModel>
{
    public override string ToString() => "GetCandidatePageQuery { Token = *** }";
}
