using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Commands.TestLandingConnection;

/// <summary>
/// A landing page's "Test connection" button: the same checks as the test-connection API, on one connection of the
/// visit's workspace. <paramref name="Page"/> is the page the token was issued for.
/// </summary>
public sealed record TestLandingConnectionCommand(RedirectValue Page, string? Token, Guid ConnectionId) : IRequest<LandingTestResult>;
