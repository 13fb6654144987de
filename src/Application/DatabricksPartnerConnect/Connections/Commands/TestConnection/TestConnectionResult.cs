using System.ComponentModel.DataAnnotations;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

/// <summary>contract: test-connection's 200 answer.</summary>
public sealed record TestConnectionResult([property: Required] IReadOnlyList<TestResult> TestResults);
