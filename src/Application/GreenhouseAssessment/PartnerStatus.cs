using System.Text.Json.Serialization;

namespace Partner.Application.GreenhouseAssessment;

/// <summary>
/// contract: partner_status as the wire spells it. Apart from the stored <c>TestStatus</c> on purpose: renaming a
/// domain member must not change what Greenhouse reads (<see cref="PartnerStatusMapping"/> maps the two).
/// </summary>
public enum PartnerStatus
{
    [JsonStringEnumMemberName("sent")]
    Sent,

    [JsonStringEnumMemberName("started")]
    Started,

    [JsonStringEnumMemberName("complete")]
    Complete,

    [JsonStringEnumMemberName("expired")]
    Expired,
}
