using Partner.Application.Common.Behaviours;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SubmitAnswers;

/// <summary>
/// The candidate's answers (the index of the chosen choice per question, null when none), submitted once. Completion
/// goes the way of the assessment product's report: test_status answers it, and send_test's url is called back once.
/// </summary>
public sealed record SubmitAnswersCommand(string Token, IReadOnlyList<int?> Answers) : IRequest<SubmitAnswersResult>, IRetriedOnWriteConflict
{
    public override string ToString() => $"SubmitAnswersCommand {{ Token = ***, Answers = {Answers.Count} }}";
}
