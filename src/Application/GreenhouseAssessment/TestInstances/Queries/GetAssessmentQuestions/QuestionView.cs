namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentQuestions;

/// <summary>A question as the candidate sees it: no correct answer.</summary>
public sealed record QuestionView(string Prompt, IReadOnlyList<string> Choices);
