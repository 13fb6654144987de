using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;
using Partner.WebApi.Pages;

namespace Partner.WebApi.GreenhouseAssessment;

/// <summary>The candidate page of the e-mailed link.</summary>
public sealed record CandidateView(string Title, CandidatePageModel Candidate, string StartPath,
    PageBrand Brand) : IBrandedPage;
