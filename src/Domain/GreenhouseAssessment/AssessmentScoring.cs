namespace Partner.Domain.GreenhouseAssessment;

/// <summary>
/// The score of a test the service runs, as a pure function of the questions, the answers and the clock:
/// partner_score = percent correct (two decimals, halves away from zero); answers after the deadline count for nothing
/// (score 0, metadata expired true); metadata correct / total / duration_seconds / passed (null without a pass mark).
/// </summary>
public static class AssessmentScoring
{
    public static AssessmentScore Score(IReadOnlyList<AssessmentQuestion> questions, IReadOnlyList<int?> answers, int? passMarkPercent,
        DateTimeOffset? startedAt, DateTimeOffset? deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(answers);
        var expired = deadline is { } limit && now > limit;
        var counted = expired
            ? new int?[questions.Count]
            : [.. answers.Take(questions.Count).Concat(new int?[Math.Max(0, questions.Count - answers.Count)])];
        var correct = questions.Select((q, i) => counted[i] == q.CorrectChoice).Count(c => c);
        var score = questions.Count == 0 ? 0 : Math.Round(100.0 * correct / questions.Count, 2, MidpointRounding.AwayFromZero);
        return new AssessmentScore(score, correct, questions.Count, (long)Math.Round((now - (startedAt ?? now)).TotalSeconds),
            passMarkPercent is { } passMark ? score >= passMark : null, expired, counted);
    }
}
