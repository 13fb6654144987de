using System.Text.Json.Serialization;

namespace Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;

/// <summary>contract: "status": "SUCCESS" / "FAILED".</summary>
public enum CheckStatus
{
    [JsonStringEnumMemberName("SUCCESS")]
    Success,

    [JsonStringEnumMemberName("FAILED")]
    Failed,
}
