using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentQuestions;

/// <summary>What the question form shows. <paramref name="Deadline"/> includes no grace; null without a time limit.</summary>
public sealed record AssessmentQuestionsModel(string GreetingName, string TestName, CandidateBrand Brand, TestStatus Status, IReadOnlyList<QuestionView> Questions,
    Deadline? Deadline, bool TimeIsUp);
