using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

/// <summary>contract: test-connection's 200 answer.</summary>
public sealed record TestConnectionResult([property: Required] IReadOnlyList<TestResult> TestResults);

/// <summary>One check of a connection.</summary>
/// <param name="TestName">What was checked, e.g. Connectivity.</param>
/// <param name="Status">SUCCESS or FAILED.</param>
/// <param name="Message">What was found.</param>
public sealed record TestResult([property: Required] string TestName, [property: Required] CheckStatus Status, [property: Required] string Message);

/// <summary>contract: "status": "SUCCESS" / "FAILED".</summary>
public enum CheckStatus
{
    [JsonStringEnumMemberName("SUCCESS")]
    Success,

    [JsonStringEnumMemberName("FAILED")]
    Failed,
}
