namespace Partner.TestSupport;

/// <summary>A test instance sent by Greenhouse for an organization (<see cref="GreenhouseScenarios"/>).</summary>
public sealed record SentTest(Tenant Tenant, string PartnerTestId, string InterviewId);
