namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentQuestions;

/// <summary>The questions of a started test the service runs, without their answers, and the deadline.</summary>
public sealed record GetAssessmentQuestionsQuery(string Token) : IRequest<AssessmentQuestionsModel>
{
    public override string ToString() => "GetAssessmentQuestionsQuery { Token = *** }";
}
