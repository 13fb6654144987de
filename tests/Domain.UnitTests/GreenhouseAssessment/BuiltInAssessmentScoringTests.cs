using System.Text.Json.Nodes;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Domain.UnitTests.GreenhouseAssessment;

/// <summary>TestInstance.SubmitAnswers: the score, the metadata, the time limit and the one-submission rule.</summary>
public sealed class BuiltInAssessmentScoringTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly AssessmentQuestion[] Questions =
    [
        new("Q1", ["a", "b"], 0),
        new("Q2", ["a", "b", "c"], 2),
        new("Q3", ["a", "b"], 1),
    ];

    [Test]
    public void TwoOfThreeRight_Scores66_67_WithCorrectTotalDurationAndPassed()
    {
        var (instance, test) = Started(passMark: 60);

        var expired = instance.SubmitAnswers(test, [0, 2, 0], "results-token-hash", "protected-results-url", SentAt.AddMinutes(4)).Expired;

        var metadata = JsonNode.Parse(instance.MetadataJson!)!;
        Assert.Multiple(() =>
        {
            Assert.That(expired, Is.False);
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Complete));
            Assert.That(instance.Score, Is.EqualTo(66.67));
            Assert.That(instance.PartnerProfileUrl, Is.Null, "the results page's URL carries its token: only its ciphertext is kept");
            Assert.That((instance.ResultsTokenHash, instance.ProtectedResultsUrl), Is.EqualTo(("results-token-hash", "protected-results-url")));
            Assert.That(metadata["correct"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(metadata["total"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(metadata["duration_seconds"]!.GetValue<long>(), Is.EqualTo(180));
            Assert.That(metadata["passed"]!.GetValue<bool>(), Is.True);
            Assert.That(instance.Answers, Is.EqualTo(new int?[] { 0, 2, 0 }));
        });
    }

    [Test]
    public void MissingAnswers_CountAsWrong_AndWithoutPassMark_PassedIsNull()
    {
        var (instance, test) = Started(passMark: null);

        instance.SubmitAnswers(test, [0], "h", "p", SentAt.AddMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(instance.Score, Is.EqualTo(33.33));
            Assert.That(instance.Answers, Is.EqualTo(new int?[] { 0, null, null }));
            Assert.That(JsonNode.Parse(instance.MetadataJson!)!["passed"], Is.Null);
        });
    }

    [TestCase(10, 30, false)]
    [TestCase(10, 31, true)]
    public void AfterTheLimitAndTheGrace_NothingCounts(int limitMinutes, int secondsAfterLimit, bool expectExpired)
    {
        var (instance, test) = Started(passMark: 50, timeLimit: limitMinutes);

        var expired = instance.SubmitAnswers(test, [0, 2, 1], "h", "p", SentAt.AddMinutes(1 + limitMinutes).AddSeconds(secondsAfterLimit)).Expired;

        Assert.That(expired, Is.EqualTo(expectExpired));
        Assert.That(instance.Score, Is.EqualTo(expectExpired ? 0 : 100));
        Assert.That(JsonNode.Parse(instance.MetadataJson!)!["expired"]?.GetValue<bool>(), Is.EqualTo(expectExpired ? true : null));
    }

    [Test]
    public void SubmittingTwice_OrBeforeTheStart_IsRefused()
    {
        var (instance, test) = Started(passMark: null);
        instance.SubmitAnswers(test, [0, 2, 1], "h", "p", SentAt.AddMinutes(2));
        var notStarted = TestInstance.Send(test.OrganizationId, test.Id, "i-2", "c-2-hash", "c-2-protected",
            new Candidate("Jane", "Roe", "jane@example.com", "https://app.greenhouse.io/people/1", null, null), null, Guid.NewGuid(), SentAt);

        Assert.Multiple(() =>
        {
            Assert.That(() => instance.SubmitAnswers(test, [1, 1, 1], "h2", "p2", SentAt.AddMinutes(3)), Throws.TypeOf<DomainRuleException>());
            Assert.That(instance.Score, Is.EqualTo(100));
            Assert.That(() => notStarted.SubmitAnswers(test, [0], "h3", "p3", SentAt), Throws.TypeOf<DomainRuleException>());
        });
    }

    private static (TestInstance Instance, AssessmentTest Test) Started(int? passMark, int? timeLimit = null)
    {
        var test = AssessmentTest.Create(Guid.NewGuid(), "quiz", "Quiz", SentAt, Questions, timeLimit, passMark);
        var instance = TestInstance.Send(test.OrganizationId, test.Id, "i-1", "c-1-hash", "c-1-protected",
            new Candidate("Jane", "Roe", "jane@example.com", "https://app.greenhouse.io/people/1", null, null), null, Guid.NewGuid(), SentAt);
        instance.Start(SentAt.AddMinutes(1));
        return (instance, test);
    }
}
