using System.ComponentModel.DataAnnotations;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

/// <summary>One check of a connection.</summary>
/// <param name="TestName">What was checked, e.g. Connectivity.</param>
/// <param name="Status">SUCCESS or FAILED.</param>
/// <param name="Message">What was found.</param>
public sealed record TestResult([property: Required] string TestName, [property: Required] CheckStatus Status, [property: Required] string Message);
