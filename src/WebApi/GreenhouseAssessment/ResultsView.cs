using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults;
using Partner.WebApi.Pages;

namespace Partner.WebApi.GreenhouseAssessment;

/// <summary>The recruiter's results page, made to be printed on its own too.</summary>
public sealed record ResultsView(string Title, AssessmentResultsModel Results,
    PageBrand Brand) : IBrandedPage;
