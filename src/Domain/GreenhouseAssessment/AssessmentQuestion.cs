namespace Partner.Domain.GreenhouseAssessment;

/// <summary>One multiple-choice question of a test the service runs itself: a prompt, 2–10 choices, the correct one.</summary>
public sealed record AssessmentQuestion(string Prompt, IReadOnlyList<string> Choices, int CorrectChoice)
{
    public const int MinChoices = 2;
    public const int MaxChoices = 10;
    public const int MinQuestions = 1;
    public const int MaxQuestions = 200;
    public const int PromptMaxLength = 2000;
    public const int ChoiceMaxLength = 500;
}
