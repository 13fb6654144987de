namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Queries.GetTestInstance;

/// <summary>One test instance as operators see it: its progress and, for a test the service ran, the candidate's answers.</summary>
public sealed record GetTestInstanceQuery(string PartnerInterviewId) : IRequest<TestInstanceDto>;
