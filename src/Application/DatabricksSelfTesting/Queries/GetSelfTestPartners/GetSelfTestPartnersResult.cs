namespace Partner.Application.DatabricksSelfTesting.Queries.GetSelfTestPartners;

/// <summary>What the workspace reports (at most one partner per workspace); empty when there is none.</summary>
/// <param name="Partners">Id and name of each self-testing partner.</param>
public sealed record GetSelfTestPartnersResult(IReadOnlyList<SelfTestPartnerSummary> Partners);
