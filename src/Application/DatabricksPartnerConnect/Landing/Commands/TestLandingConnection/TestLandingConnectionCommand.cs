using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Commands.TestLandingConnection;

/// <summary>A landing page's "Test connection" button; <paramref name="Page"/> is the page the token was issued for.</summary>
public sealed record TestLandingConnectionCommand(RedirectValue Page, string? Token, Guid ConnectionId) : IRequest<LandingTestResult>;

public sealed record LandingTestResult(LandingConnection Connection, IReadOnlyList<TestResult> Results);
