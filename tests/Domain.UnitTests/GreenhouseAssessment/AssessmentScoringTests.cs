using System.Text.Json.Nodes;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Domain.UnitTests.GreenhouseAssessment;

/// <summary>
/// The built-in assessment's score as a pure function (AssessmentScoring), row by row: rounding, missing and extra
/// answers, the deadline, the pass mark; and the completion callback that comes from the domain with a completion.
/// </summary>
public sealed class AssessmentScoringTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly AssessmentQuestion[] Three =
    [
        new("Q1", ["a", "b"], 0),
        new("Q2", ["a", "b", "c"], 2),
        new("Q3", ["a", "b"], 1),
    ];

    [TestCase(new[] { 0, 2, 1 }, 100.0, 3)]
    [TestCase(new[] { 0, 2, 0 }, 66.67, 2, TestName = "TwoOfThree_RoundsToTwoDecimals")]
    [TestCase(new[] { 0 }, 33.33, 1, TestName = "MissingAnswers_CountAsWrong")]
    [TestCase(new[] { 1, 0, 0 }, 0.0, 0)]
    public void Score_PercentCorrect(int[] answers, double score, int correct)
    {
        var result = AssessmentScoring.Score(Three, [.. answers.Select(a => (int?)a)], null, Start, null, Start.AddMinutes(5));

        Assert.Multiple(() =>
        {
            Assert.That(result.Score, Is.EqualTo(score));
            Assert.That(result.Correct, Is.EqualTo(correct));
            Assert.That(result.Total, Is.EqualTo(3));
            Assert.That(result.Counted, Has.Count.EqualTo(3), "as many counted answers as questions");
            Assert.That(result.DurationSeconds, Is.EqualTo(300));
        });
    }

    [Test]
    public void ExtraAnswers_AreIgnored_Unanswered_IsNull()
    {
        var result = AssessmentScoring.Score(Three, [0, null, 1, 1, 1], null, Start, null, Start);

        Assert.That(result.Counted, Is.EqualTo(new int?[] { 0, null, 1 }));
    }

    [TestCase(66, true)]
    [TestCase(67, false)]
    public void PassMark_PassedWhenTheScoreReachesIt(int passMark, bool passed)
    {
        var result = AssessmentScoring.Score(Three, [0, 2, 0], passMark, Start, null, Start);

        Assert.That(result.Passed, Is.EqualTo(passed));
    }

    [Test]
    public void AfterTheDeadline_NothingCounts_AndTheMetadataSaysExpired()
    {
        var result = AssessmentScoring.Score(Three, [0, 2, 1], 50, Start, Start.AddMinutes(10), Start.AddMinutes(10).AddTicks(1));

        var metadata = JsonNode.Parse(result.MetadataJson())!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That((result.Expired, result.Score, result.Passed), Is.EqualTo((true, 0.0, (bool?)false)));
            Assert.That(metadata.Select(p => p.Key), Is.EqualTo(new[] { "correct", "total", "duration_seconds", "passed", "expired" }));
            Assert.That(metadata["expired"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public void WithoutAPassMark_PassedIsNull_AndNoExpiredKey()
    {
        var metadata = JsonNode.Parse(AssessmentScoring.Score(Three, [0, 2, 1], null, Start, null, Start).MetadataJson())!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(metadata["passed"], Is.Null);
            Assert.That(metadata.ContainsKey("expired"), Is.False);
        });
    }

    [Test]
    public void Completion_WithSendTestsUrl_BringsItsCallback_WithoutNone()
    {
        var candidate = new Candidate("Kate", "Austen", "kate@example.com", "https://app.greenhouse.io/people/1", null, null);
        var withUrl = TestInstance.Send(Guid.NewGuid(), Guid.NewGuid(), "i-1", "h", "p", candidate, "https://app.greenhouse.io/complete/1", Guid.NewGuid(), Start);
        var polled = TestInstance.Send(Guid.NewGuid(), Guid.NewGuid(), "i-2", "h", "p", candidate, null, Guid.NewGuid(), Start);

        var callback = withUrl.Complete("https://partner.example.com/r/1", 80, null, Start.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(callback!.Type, Is.EqualTo(OutboxMessageType.CompletionCallback));
            Assert.That(TestInstancePayload.FromJson(callback.Payload).TestInstanceId, Is.EqualTo(withUrl.Id));
            Assert.That(callback.NextAttemptAt, Is.EqualTo(Start.AddHours(1)));
            Assert.That(polled.Complete("https://partner.example.com/r/2", 80, null, Start.AddHours(1)), Is.Null);
        });
    }
}
