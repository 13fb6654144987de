using Partner.Application.Common.Behaviours;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.StartAssessment;

/// <summary>The candidate pressed start on the page of their link.</summary>
public sealed record StartAssessmentCommand(string Token) : IRequest<StartAssessmentResult>, IRetriedOnWriteConflict
{
    public override string ToString() => "StartAssessmentCommand { Token = *** }";
}
