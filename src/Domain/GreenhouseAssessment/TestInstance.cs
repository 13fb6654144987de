using System.Text.Json;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment.Outbox;

namespace Partner.Domain.GreenhouseAssessment;

/// <summary>
/// One test sent to one candidate (contract: "partner_interview_id identifies an instance of the test that was sent to a
/// candidate"). Status moves forward only: sent → started → complete.
/// </summary>
public sealed class TestInstance
{
    private TestInstance()
    {
        PartnerInterviewId = string.Empty;
        FirstName = string.Empty;
        LastName = string.Empty;
        Email = string.Empty;
        GreenhouseProfileUrl = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>contract: partner_interview_id. Opaque and unguessable; unique.</summary>
    public string PartnerInterviewId { get; private set; }

    /// <summary>SHA-256 (hex) of the candidate link's token, by which the link is found; the token is kept only as <see cref="ProtectedCandidateToken"/>.</summary>
    public string? CandidateTokenHash { get; private set; }

    /// <summary>Ciphertext of the candidate link's token, for the e-mail that carries it.</summary>
    public string? ProtectedCandidateToken { get; private set; }

    /// <summary>Legacy plain-text token, moved to hash and ciphertext at start, then null.</summary>
    public string? CandidateToken { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid AssessmentTestId { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string Email { get; private set; }

    public string GreenhouseProfileUrl { get; private set; }

    public string? ResumeUrl { get; private set; }

    public string? PhoneNumber { get; private set; }

    /// <summary>send_test's candidate.preferred_name: the candidate is greeted by it when given.</summary>
    public string? PreferredName { get; private set; }

    /// <summary>send_test's sent_by: the e-mail address of the Greenhouse user who sent the test.</summary>
    public string? SentBy { get; private set; }

    /// <summary>Greenhouse's resume_url stops working this long after send_test.</summary>
    public static readonly TimeSpan ResumeUrlLifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// When the invitation expires: a test not started by then cannot be started (test_status answers expired) until an
    /// operator extends it. Null for instances sent before invitations expired: they never do.
    /// </summary>
    public DateTimeOffset? InvitationExpiresAt { get; private set; }

    /// <summary>When the candidate is reminded if they have not started; null: no reminder.</summary>
    public DateTimeOffset? RemindAt { get; private set; }

    /// <summary>The outbox message that sends the reminder; an earlier one (before an extension) sends nothing.</summary>
    public Guid? ReminderMessageId { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public string GreetingName => string.IsNullOrWhiteSpace(PreferredName) ? FirstName : PreferredName;

    public bool IsInvitationExpired(DateTimeOffset now) => Status == TestStatus.Sent && InvitationExpiresAt is { } expiresAt && now >= expiresAt;

    /// <summary>partner_status as answered now: <see cref="TestStatus.Expired"/> for an expired invitation.</summary>
    public TestStatus StatusAt(DateTimeOffset now) => StatusAt(Status, InvitationExpiresAt, now);

    /// <summary>partner_status from the stored status and expiry (for readers that project columns).</summary>
    public static TestStatus StatusAt(TestStatus stored, DateTimeOffset? invitationExpiresAt, DateTimeOffset now) =>
        stored == TestStatus.Sent && invitationExpiresAt is { } expiresAt && now >= expiresAt ? TestStatus.Expired : stored;

    public bool IsResumeUrlValid(DateTimeOffset now) => ResumeUrl is not null && now < SentAt + ResumeUrlLifetime;

    /// <summary>send_test's url: where the completion PATCH goes. Null in the older polling mode.</summary>
    public string? CallbackUrl { get; private set; }

    /// <summary>
    /// The API key send_test was called with, for operators (null for instances sent before keys were recorded). The
    /// completion callback uses the key Greenhouse holds now, not necessarily this one.
    /// </summary>
    public Guid? ApiKeyId { get; private set; }

    public TestStatus Status { get; private set; }

    /// <summary>contract: partner_score.</summary>
    public double? Score { get; private set; }

    /// <summary>contract: partner_profile_url, required once complete.</summary>
    public string? PartnerProfileUrl { get; private set; }

    /// <summary>contract: metadata, a flat JSON object of primitives, stored as its JSON text.</summary>
    public string? MetadataJson { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>For a test the service runs: the candidate's choice per question (null = unanswered), as JSON.</summary>
    public string? AnswersJson { get; private set; }

    /// <summary>For a test the service runs: SHA-256 (hex) of the token of the recruiter's results page, which is found by it.</summary>
    public string? ResultsTokenHash { get; private set; }

    /// <summary>
    /// For a test the service runs: ciphertext of the results page's URL, the partner_profile_url answered (which then
    /// stays null: the URL carries the page's token).
    /// </summary>
    public string? ProtectedResultsUrl { get; private set; }

    /// <summary>The results page's token in plain text, as tests completed before tokens were hashed kept it; moved at start, then null.</summary>
    public string? ResultsToken { get; private set; }

    /// <summary>Answers accepted this long after the time limit (a slow network, a form sent at the last second).</summary>
    public static readonly TimeSpan SubmissionGrace = TimeSpan.FromSeconds(30);

    /// <summary>When the answers of a test with a time limit stop counting; null without a limit or before the start.</summary>
    public DateTimeOffset? DeadlineFor(AssessmentTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return test.TimeLimitMinutes is { } minutes && StartedAt is { } started ? started + TimeSpan.FromMinutes(minutes) + SubmissionGrace : null;
    }

    /// <summary>
    /// Scores a test the service runs (<see cref="AssessmentScoring"/>), once only. Returns whether the answers came too late
    /// and the completion callback to queue in the same save (null without send_test's url).
    /// </summary>
    public Submission SubmitAnswers(AssessmentTest test, IReadOnlyList<int?> answers, string resultsTokenHash, string protectedResultsUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentException.ThrowIfNullOrWhiteSpace(resultsTokenHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedResultsUrl);
        if (!test.IsRunByService)
        {
            throw new DomainRuleException("This test is taken in the assessment product, not here.");
        }

        if (Status == TestStatus.Complete)
        {
            throw new DomainRuleException("These answers were already submitted.");
        }

        if (Status == TestStatus.Sent)
        {
            throw new DomainRuleException("Start the test before submitting answers.");
        }

        var scored = AssessmentScoring.Score(test.Questions, answers, test.PassMarkPercent, StartedAt, DeadlineFor(test), now);
        AnswersJson = JsonSerializer.Serialize(scored.Counted);
        ResultsTokenHash = resultsTokenHash;
        ProtectedResultsUrl = protectedResultsUrl;
        return new Submission(scored.Expired, CompleteWith(null, scored.Score, scored.MetadataJson(), now));
    }

    /// <summary>The counted answers (null = unanswered), for the results page and operators.</summary>
    public IReadOnlyList<int?> Answers => AnswersJson is null ? [] : JsonSerializer.Deserialize<int?[]>(AnswersJson) ?? [];

    public static TestInstance Send(
        Guid organizationId, Guid assessmentTestId, string partnerInterviewId, string candidateTokenHash, string protectedCandidateToken, Candidate candidate,
        string? callbackUrl, Guid apiKeyId, DateTimeOffset now, Invitation? invitation = null, string? sentBy = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new TestInstance
        {
            Id = Guid.CreateVersion7(now),
            PartnerInterviewId = partnerInterviewId,
            CandidateTokenHash = candidateTokenHash,
            ProtectedCandidateToken = protectedCandidateToken,
            OrganizationId = organizationId,
            AssessmentTestId = assessmentTestId,
            FirstName = candidate.FirstName,
            LastName = candidate.LastName,
            Email = candidate.Email,
            GreenhouseProfileUrl = candidate.GreenhouseProfileUrl,
            ResumeUrl = candidate.ResumeUrl,
            PhoneNumber = candidate.PhoneNumber,
            PreferredName = string.IsNullOrWhiteSpace(candidate.PreferredName) ? null : candidate.PreferredName,
            SentBy = sentBy,
            InvitationExpiresAt = invitation?.ExpiresAt,
            RemindAt = invitation?.RemindAt,
            CallbackUrl = callbackUrl,
            ApiKeyId = apiKeyId,
            Status = TestStatus.Sent,
            SentAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The reminder is sent by this outbox message (a new one after an extension replaces the earlier one).</summary>
    public void ScheduleReminder(Guid outboxMessageId) => ReminderMessageId = RemindAt is null ? null : outboxMessageId;

    public bool IsReminderDue(Guid outboxMessageId, DateTimeOffset now) =>
        ReminderMessageId == outboxMessageId && RemindedAt is null && Status == TestStatus.Sent && !IsInvitationExpired(now);

    public void MarkReminded(DateTimeOffset now)
    {
        RemindedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>
    /// Only an unstarted invitation. The one reminder moves with the deadline unless already sent; returns whether one is
    /// still to come (then schedule it with <see cref="ScheduleReminder"/>).
    /// </summary>
    public bool ExtendInvitation(DateTimeOffset expiresAt, TimeSpan? remindBefore, DateTimeOffset now)
    {
        if (Status != TestStatus.Sent)
        {
            throw new DomainRuleException("Only an invitation the candidate has not started can be extended.");
        }

        if (expiresAt <= now || (InvitationExpiresAt is { } current && expiresAt <= current))
        {
            throw new DomainRuleException("The new expiry must be later than the current one and in the future.");
        }

        InvitationExpiresAt = expiresAt;
        UpdatedAt = now;
        if (RemindedAt is not null || remindBefore is not { } before || expiresAt - before <= now)
        {
            RemindAt = null;
            ReminderMessageId = null;
            return false;
        }

        RemindAt = expiresAt - before;
        return true;
    }

    /// <summary>The candidate pressed start. Pressing it again while started changes nothing; an expired invitation is refused.</summary>
    public void Start(DateTimeOffset now)
    {
        if (IsInvitationExpired(now))
        {
            throw new DomainRuleException("This invitation has expired, so the test can no longer be started. Ask the recruiter to extend it.");
        }

        switch (Status)
        {
            case TestStatus.Sent:
                Status = TestStatus.Started;
                StartedAt = now;
                UpdatedAt = now;
                break;
            case TestStatus.Started:
                break;
            default:
                throw new DomainRuleException("This test has already been completed.");
        }
    }

    /// <summary>Progress reported by the assessment product while the candidate works (score and metadata so far).</summary>
    public void RecordProgress(double? score, string? metadataJson, DateTimeOffset now)
    {
        Start(now);
        Score = score;
        MetadataJson = metadataJson;
        UpdatedAt = now;
    }

    /// <summary>
    /// contract: "If the test has been completed and results are available, this value should be complete";
    /// partner_profile_url is "required only if status is complete". Completing twice is refused, so a completion
    /// (and its callback) happens exactly once. A test completed without a start passes through started.
    /// </summary>
    /// <returns>The completion callback to queue in the same save (docs/greenhouse.md "A test's life"); null without send_test's url.</returns>
    public OutboxMessage? Complete(string partnerProfileUrl, double? score, string? metadataJson, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(partnerProfileUrl))
        {
            throw new DomainRuleException("partner_profile_url is required when the test is complete.");
        }

        return CompleteWith(partnerProfileUrl, score, metadataJson, now);
    }

    /// <summary>Moves a legacy instance's plain-text tokens onto hashes and ciphertext, so the links keep working.</summary>
    public void ProtectLegacyTokens(Func<string, string> hash, Func<string, string> protect)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(protect);
        if (CandidateToken is { } candidateToken)
        {
            CandidateTokenHash = hash(candidateToken);
            ProtectedCandidateToken = protect(candidateToken);
            CandidateToken = null;
        }

        if (ResultsToken is { } resultsToken)
        {
            ResultsTokenHash = hash(resultsToken);
            ProtectedResultsUrl = PartnerProfileUrl is { } url ? protect(url) : ProtectedResultsUrl;
            PartnerProfileUrl = null;
            ResultsToken = null;
        }
    }

    private OutboxMessage? CompleteWith(string? partnerProfileUrl, double? score, string? metadataJson, DateTimeOffset now)
    {
        if (Status == TestStatus.Complete)
        {
            throw new DomainRuleException("This test has already been completed.");
        }

        StartedAt ??= now;
        Status = TestStatus.Complete;
        PartnerProfileUrl = partnerProfileUrl;
        Score = score;
        MetadataJson = metadataJson;
        CompletedAt = now;
        UpdatedAt = now;
        return CallbackUrl is null ? null : OutboxMessage.Create(OutboxMessageType.CompletionCallback, new TestInstancePayload(Id).ToJson(), now);
    }
}
