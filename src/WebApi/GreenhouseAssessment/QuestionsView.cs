using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentQuestions;
using Partner.WebApi.Pages;

namespace Partner.WebApi.GreenhouseAssessment;

/// <summary>The question form of a test the service runs.</summary>
public sealed record QuestionsView(string Title, AssessmentQuestionsModel Test, string FormPath,
    PageBrand Brand) : IBrandedPage;
