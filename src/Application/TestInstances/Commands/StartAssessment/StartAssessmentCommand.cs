namespace Partner.Application.TestInstances.Commands.StartAssessment;

/// <summary>The candidate pressed start on the page of their link.</summary>
public sealed record StartAssessmentCommand(string Token) : IRequest<StartAssessmentResult>
{
    public override string ToString() => "StartAssessmentCommand { Token = *** }";
}

/// <summary>Where the candidate goes next: the assessment product, or null when none is configured.</summary>
public sealed record StartAssessmentResult(string? AssessmentUrl);
