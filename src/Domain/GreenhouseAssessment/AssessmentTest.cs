using System.Text.Json;

namespace Partner.Domain.GreenhouseAssessment;

/// <summary>A test an organization can send to candidates (contract: list_tests' partner_test_id and partner_test_name).</summary>
public sealed class AssessmentTest
{
    public const int PartnerTestIdMaxLength = 100;
    public const int NameMaxLength = 200;
    public const int DefaultInvitationLifetimeDays = 14;
    public const int DefaultReminderDaysBeforeExpiry = 2;
    public const int MaxInvitationLifetimeDays = 365;

    private AssessmentTest()
    {
        PartnerTestId = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>contract: partner_test_id; unique within the organization.</summary>
    public string PartnerTestId { get; private set; }

    /// <summary>contract: partner_test_name, Greenhouse's label for the test.</summary>
    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The questions when the service runs the test itself (JSON); null for a test taken in an external product.</summary>
    public string? QuestionsJson { get; private set; }

    /// <summary>Minutes from start to submission for a test the service runs; null: no limit.</summary>
    public int? TimeLimitMinutes { get; private set; }

    /// <summary>The percentage of correct answers that passes; null: no pass mark (passed is then not judged).</summary>
    public int? PassMarkPercent { get; private set; }

    /// <summary>Days from send_test until an invitation not started expires.</summary>
    public int InvitationLifetimeDays { get; private set; } = DefaultInvitationLifetimeDays;

    /// <summary>Days before the expiry when a candidate who has not started is reminded; 0: no reminder.</summary>
    public int ReminderDaysBeforeExpiry { get; private set; } = DefaultReminderDaysBeforeExpiry;

    /// <summary>How long before the expiry the reminder goes out; null: none.</summary>
    public TimeSpan? ReminderLead => ReminderDaysBeforeExpiry > 0 ? TimeSpan.FromDays(ReminderDaysBeforeExpiry) : null;

    public Invitation InvitationFrom(DateTimeOffset now)
    {
        var expiresAt = now + TimeSpan.FromDays(InvitationLifetimeDays);
        return new Invitation(expiresAt, ReminderLead is { } lead && expiresAt - lead > now ? expiresAt - lead : null);
    }

    /// <summary>
    /// The invitation settings: a lifetime of 1 to <see cref="MaxInvitationLifetimeDays"/> days, a reminder 0 (none) to lifetime − 1
    /// days before the expiry. Absent values keep the defaults (14 days; a reminder 2 days before, none for a lifetime of 2 days or less).
    /// </summary>
    public void SetInvitation(int? lifetimeDays, int? reminderDaysBeforeExpiry)
    {
        var lifetime = lifetimeDays ?? DefaultInvitationLifetimeDays;
        var reminder = reminderDaysBeforeExpiry ?? (lifetime > DefaultReminderDaysBeforeExpiry ? DefaultReminderDaysBeforeExpiry : 0);
        if (lifetime is < 1 or > MaxInvitationLifetimeDays || reminder < 0 || reminder >= lifetime)
        {
            throw new Common.DomainRuleException(
                $"invitation_lifetime_days must be 1 to {MaxInvitationLifetimeDays}, and reminder_days_before_expiry 0 (no reminder) to one less than it.");
        }

        InvitationLifetimeDays = lifetime;
        ReminderDaysBeforeExpiry = reminder;
    }

    /// <summary>Whether candidates take this test on the service (it has questions).</summary>
    public bool IsRunByService => QuestionsJson is not null;

    public IReadOnlyList<AssessmentQuestion> Questions =>
        QuestionsJson is null ? [] : JsonSerializer.Deserialize<List<AssessmentQuestion>>(QuestionsJson, Json) ?? [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static AssessmentTest Create(Guid organizationId, string partnerTestId, string name, DateTimeOffset now,
        IReadOnlyList<AssessmentQuestion>? questions = null, int? timeLimitMinutes = null, int? passMarkPercent = null,
        int? invitationLifetimeDays = null, int? reminderDaysBeforeExpiry = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerTestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var test = new AssessmentTest
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            PartnerTestId = partnerTestId.Trim(),
            Name = name.Trim(),
            CreatedAt = now,
            QuestionsJson = questions is { Count: > 0 } ? JsonSerializer.Serialize(questions, Json) : null,
            TimeLimitMinutes = questions is { Count: > 0 } ? timeLimitMinutes : null,
            PassMarkPercent = questions is { Count: > 0 } ? passMarkPercent : null,
        };
        test.SetInvitation(invitationLifetimeDays, reminderDaysBeforeExpiry);
        return test;
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }
}
