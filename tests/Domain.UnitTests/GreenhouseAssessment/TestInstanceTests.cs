using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Domain.UnitTests.GreenhouseAssessment;

/// <summary>A test instance's status moves forward only: sent → started → complete.</summary>
public sealed class TestInstanceTests
{
    private const string ProfileUrl = "https://partner.example.com/results/abc";
    private static readonly DateTimeOffset SentAt = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset StartedAt = SentAt.AddMinutes(10);
    private static readonly DateTimeOffset CompletedAt = SentAt.AddMinutes(50);

    [Test]
    public void Send_NewInstance_IsSentWithTheCandidateAndCallback()
    {
        var organizationId = Guid.NewGuid();
        var testId = Guid.NewGuid();
        var candidate = new Candidate("Jane", "Roe", "jane.roe@example.com", "https://app.greenhouse.io/people/1", null, "+1 555 0100");

        var keyId = Guid.NewGuid();

        var instance = TestInstance.Send(organizationId, testId, "interview-1", "token-1-hash", "token-1-protected", candidate, "https://greenhouse.example/callback", keyId, SentAt);

        Assert.Multiple(() =>
        {
            Assert.That(instance.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Sent));
            Assert.That(instance.OrganizationId, Is.EqualTo(organizationId));
            Assert.That(instance.AssessmentTestId, Is.EqualTo(testId));
            Assert.That(instance.PartnerInterviewId, Is.EqualTo("interview-1"));
            Assert.That((instance.CandidateTokenHash, instance.ProtectedCandidateToken, instance.CandidateToken), Is.EqualTo(("token-1-hash", "token-1-protected", (string?)null)));
            Assert.That(instance.Email, Is.EqualTo("jane.roe@example.com"));
            Assert.That(instance.PhoneNumber, Is.EqualTo("+1 555 0100"));
            Assert.That(instance.CallbackUrl, Is.EqualTo("https://greenhouse.example/callback"));
            Assert.That(instance.ApiKeyId, Is.EqualTo(keyId), "the key send_test was called with, for operators");
            Assert.That(instance.SentAt, Is.EqualTo(SentAt));
            Assert.That(instance.StartedAt, Is.Null);
            Assert.That(instance.CompletedAt, Is.Null);
            Assert.That(instance.PartnerProfileUrl, Is.Null);
        });
    }

    [Test]
    public void Start_FromSent_IsStarted()
    {
        var instance = NewInstance();

        instance.Start(StartedAt);

        Assert.Multiple(() =>
        {
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Started));
            Assert.That(instance.StartedAt, Is.EqualTo(StartedAt));
            Assert.That(instance.UpdatedAt, Is.EqualTo(StartedAt));
        });
    }

    [Test]
    public void Start_Twice_KeepsTheFirstStart()
    {
        var instance = NewInstance();
        instance.Start(StartedAt);

        instance.Start(StartedAt.AddMinutes(5));

        Assert.Multiple(() =>
        {
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Started));
            Assert.That(instance.StartedAt, Is.EqualTo(StartedAt));
            Assert.That(instance.UpdatedAt, Is.EqualTo(StartedAt));
        });
    }

    [Test]
    public void Complete_FromStarted_IsCompleteWithResults()
    {
        var instance = NewInstance();
        instance.Start(StartedAt);

        instance.Complete(ProfileUrl, 87.5, "{\"level\":\"senior\"}", CompletedAt);

        Assert.Multiple(() =>
        {
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Complete));
            Assert.That(instance.StartedAt, Is.EqualTo(StartedAt));
            Assert.That(instance.CompletedAt, Is.EqualTo(CompletedAt));
            Assert.That(instance.PartnerProfileUrl, Is.EqualTo(ProfileUrl));
            Assert.That(instance.Score, Is.EqualTo(87.5));
            Assert.That(instance.MetadataJson, Is.EqualTo("{\"level\":\"senior\"}"));
            Assert.That(instance.UpdatedAt, Is.EqualTo(CompletedAt));
        });
    }

    [Test]
    public void Complete_FromSent_PassesThroughStarted()
    {
        var instance = NewInstance();

        instance.Complete(ProfileUrl, null, null, CompletedAt);

        Assert.Multiple(() =>
        {
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Complete));
            Assert.That(instance.StartedAt, Is.EqualTo(CompletedAt), "a test completed without a start is started when it completes");
            Assert.That(instance.CompletedAt, Is.EqualTo(CompletedAt));
        });
    }

    [Test]
    public void Complete_Twice_ThrowsAndKeepsTheFirstCompletion()
    {
        var instance = NewInstance();
        instance.Complete(ProfileUrl, 50, null, CompletedAt);

        Assert.Throws<DomainRuleException>(() => instance.Complete("https://partner.example.com/results/other", 99, null, CompletedAt.AddHours(1)));

        Assert.Multiple(() =>
        {
            Assert.That(instance.PartnerProfileUrl, Is.EqualTo(ProfileUrl));
            Assert.That(instance.Score, Is.EqualTo(50));
            Assert.That(instance.CompletedAt, Is.EqualTo(CompletedAt));
        });
    }

    [Test]
    public void Start_AfterComplete_Throws()
    {
        var instance = NewInstance();
        instance.Complete(ProfileUrl, null, null, CompletedAt);

        Assert.Throws<DomainRuleException>(() => instance.Start(CompletedAt.AddMinutes(1)));
        Assert.That(instance.Status, Is.EqualTo(TestStatus.Complete));
    }

    [Test]
    public void RecordProgress_AfterComplete_Throws()
    {
        var instance = NewInstance();
        instance.Complete(ProfileUrl, 70, null, CompletedAt);

        Assert.Throws<DomainRuleException>(() => instance.RecordProgress(10, null, CompletedAt.AddMinutes(1)));
        Assert.That(instance.Score, Is.EqualTo(70));
    }

    [Test]
    public void RecordProgress_FromSent_StartsAndRecordsTheScore()
    {
        var instance = NewInstance();

        instance.RecordProgress(12.5, "{\"section\":2}", StartedAt);

        Assert.Multiple(() =>
        {
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Started));
            Assert.That(instance.StartedAt, Is.EqualTo(StartedAt));
            Assert.That(instance.Score, Is.EqualTo(12.5));
            Assert.That(instance.MetadataJson, Is.EqualTo("{\"section\":2}"));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Complete_WithoutProfileUrl_ThrowsAndStaysWhereItWas(string profileUrl)
    {
        var instance = NewInstance();
        instance.Start(StartedAt);

        Assert.Throws<DomainRuleException>(() => instance.Complete(profileUrl, 80, null, CompletedAt));

        Assert.Multiple(() =>
        {
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Started));
            Assert.That(instance.CompletedAt, Is.Null);
        });
    }

    [Test]
    public void ProtectLegacyTokens_MovesPlainTextTokensToHashesAndCiphertext_Once()
    {
        var instance = NewInstance();
        typeof(TestInstance).GetProperty(nameof(TestInstance.CandidateToken))!.SetValue(instance, "legacy-token");

        instance.ProtectLegacyTokens(t => "hash:" + t, t => "sealed:" + t);
        instance.ProtectLegacyTokens(t => "again:" + t, t => "again:" + t);

        Assert.Multiple(() =>
        {
            Assert.That(instance.CandidateToken, Is.Null);
            Assert.That(instance.CandidateTokenHash, Is.EqualTo("hash:legacy-token"));
            Assert.That(instance.ProtectedCandidateToken, Is.EqualTo("sealed:legacy-token"));
        });
    }

    private static TestInstance NewInstance() => TestInstance.Send(
        Guid.NewGuid(), Guid.NewGuid(), "interview-" + Guid.NewGuid().ToString("N"), "hash-" + Guid.NewGuid().ToString("N"), "protected-token",
        new Candidate("Jane", "Roe", "jane.roe@example.com", "https://app.greenhouse.io/people/1", null, null), null, Guid.NewGuid(), SentAt);
}
