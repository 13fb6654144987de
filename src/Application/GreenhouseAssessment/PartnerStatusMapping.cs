using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment;

public static class PartnerStatusMapping
{
    public static PartnerStatus ToPartnerStatus(this TestStatus status) => status switch
    {
        TestStatus.Sent => PartnerStatus.Sent,
        TestStatus.Started => PartnerStatus.Started,
        TestStatus.Complete => PartnerStatus.Complete,
        TestStatus.Expired => PartnerStatus.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
