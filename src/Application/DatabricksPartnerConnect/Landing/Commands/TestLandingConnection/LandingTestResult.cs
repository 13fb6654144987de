using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.DatabricksPartnerConnect.Landing.Queries.GetLandingPage;

namespace Partner.Application.DatabricksPartnerConnect.Landing.Commands.TestLandingConnection;

/// <summary>The tested connection and each check's result.</summary>
public sealed record LandingTestResult(LandingConnection Connection, IReadOnlyList<TestResult> Results);
