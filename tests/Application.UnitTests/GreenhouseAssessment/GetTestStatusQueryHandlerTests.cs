using Moq;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.UnitTests.GreenhouseAssessment;

/// <summary>
/// test_status from the reader's columns: an invitation not started by its expiry answers "expired", a results page's
/// URL is decrypted into partner_profile_url, an unknown interview is 404. The reader, the protector and the clock are mocked.
/// </summary>
public sealed class GetTestStatusQueryHandlerTests
{
    private static readonly Guid Organization = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private readonly Mock<IGreenhouseReader> _reader = new(MockBehavior.Strict);
    private readonly Mock<ISecretProtector> _secrets = new(MockBehavior.Strict);
    private readonly Mock<TimeProvider> _time = new();

    [SetUp]
    public void SetClock() => _time.Setup(t => t.GetUtcNow()).Returns(Now);

    [TestCase(TestStatus.Sent, -1, TestStatus.Expired, TestName = "Sent_PastItsExpiry_PartnerStatusExpired")]
    [TestCase(TestStatus.Sent, 1, TestStatus.Sent, TestName = "Sent_BeforeItsExpiry_PartnerStatusSent")]
    [TestCase(TestStatus.Started, -1, TestStatus.Started, TestName = "Started_PastTheInvitationExpiry_StaysStarted")]
    public async Task Status_AtTheClocksNow(TestStatus stored, int expiresInHours, TestStatus expected)
    {
        Reads(TestStatusResult.From(stored, null, null, null, null, Now.AddHours(expiresInHours)));

        var result = await Handler().Handle(new GetTestStatusQuery("interview-1") { OrganizationId = Organization }, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(expected));
        _reader.VerifyAll();
    }

    [Test]
    public async Task Complete_ResultsPageOfTheService_ProfileUrlIsDecrypted()
    {
        Reads(TestStatusResult.From(TestStatus.Complete, null, 66.67, "{\"correct\":2}", "ciphertext", Now.AddDays(-10)));
        _secrets.Setup(s => s.Unprotect("ciphertext")).Returns("https://partner.example.com/assessments/results/abc");

        var result = await Handler().Handle(new GetTestStatusQuery("interview-1") { OrganizationId = Organization }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(TestStatus.Complete), "complete never expires");
            Assert.That(result.PartnerProfileUrl, Is.EqualTo("https://partner.example.com/assessments/results/abc"));
            Assert.That(result.ProtectedResultsUrl, Is.Null);
            Assert.That(result.Metadata!["correct"]!.GetValue<int>(), Is.EqualTo(2));
        });
    }

    [Test]
    public void UnknownInterview_Is404NotFound()
    {
        _reader.Setup(r => r.StatusOfAsync("nope", Organization, It.IsAny<CancellationToken>())).ReturnsAsync((TestStatusResult?)null);

        var error = Assert.ThrowsAsync<PartnerException>(() => Handler().Handle(new GetTestStatusQuery("nope") { OrganizationId = Organization }, CancellationToken.None));

        Assert.That(error!.Reason, Is.EqualTo(ErrorReason.NotFound));
    }

    private void Reads(TestStatusResult result) =>
        _reader.Setup(r => r.StatusOfAsync("interview-1", Organization, It.IsAny<CancellationToken>())).ReturnsAsync(result);

    private GetTestStatusQueryHandler Handler() => new(_reader.Object, _secrets.Object, _time.Object);
}
