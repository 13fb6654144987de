namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults;

/// <summary>One question: what was asked, what the candidate chose (null: nothing), and the correct choice.</summary>
public sealed record QuestionResult(string Prompt, string? Chosen, string Correct, bool IsCorrect);
