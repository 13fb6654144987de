using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Domain.UnitTests.GreenhouseAssessment;

/// <summary>
/// Invitations: a test's lifetime and reminder, an instance that expires if not started (partner_status expired), one
/// reminder, and extensions that move the deadline and the reminder.
/// </summary>
public sealed class InvitationTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Candidate Kate = new("Kate", "Austen", "kate@example.com", "https://app.greenhouse.io/people/1", null, null, "Katie");

    [Test]
    public void Test_ByDefault_InvitesFor14Days_RemindsTwoDaysBefore()
    {
        var test = AssessmentTest.Create(Guid.NewGuid(), "t-1", "SQL", SentAt);

        var invitation = test.InvitationFrom(SentAt);

        Assert.That(invitation, Is.EqualTo(new Invitation(SentAt.AddDays(14), SentAt.AddDays(12))));
    }

    [TestCase(2, null, 0)]
    [TestCase(1, null, 0)]
    [TestCase(30, 0, 0)]
    [TestCase(30, 7, 7)]
    public void Test_InvitationSettings_ReminderDefaultsToNoneForShortLifetimes(int lifetime, int? reminder, int expectedReminder)
    {
        var test = AssessmentTest.Create(Guid.NewGuid(), "t-1", "SQL", SentAt, invitationLifetimeDays: lifetime, reminderDaysBeforeExpiry: reminder);

        Assert.Multiple(() =>
        {
            Assert.That(test.ReminderDaysBeforeExpiry, Is.EqualTo(expectedReminder));
            Assert.That(test.InvitationFrom(SentAt).RemindAt, Is.EqualTo(expectedReminder == 0 ? null : SentAt.AddDays(lifetime - expectedReminder)));
        });
    }

    [TestCase(0, 0)]
    [TestCase(366, 2)]
    [TestCase(14, 14)]
    [TestCase(14, -1)]
    public void Test_InvitationSettingsOutOfRange_AreRefused(int lifetime, int reminder) =>
        Assert.Throws<DomainRuleException>(() => AssessmentTest.Create(Guid.NewGuid(), "t-1", "SQL", SentAt, invitationLifetimeDays: lifetime,
            reminderDaysBeforeExpiry: reminder));

    [Test]
    public void Instance_GreetsByPreferredName_ElseFirstName()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Send().GreetingName, Is.EqualTo("Katie"));
            Assert.That(Send(Kate with { PreferredName = " " }).GreetingName, Is.EqualTo("Kate"));
        });
    }

    [Test]
    public void NotStarted_AtItsExpiry_IsExpired_AndCannotStart_ButStartedBeforeIsNot()
    {
        var expiring = Send();
        var started = Send();
        started.Start(SentAt.AddDays(13));
        var expiry = SentAt.AddDays(14);

        Assert.Multiple(() =>
        {
            Assert.That(expiring.StatusAt(expiry.AddTicks(-1)), Is.EqualTo(TestStatus.Sent));
            Assert.That(expiring.StatusAt(expiry), Is.EqualTo(TestStatus.Expired), "test_status: expired");
            Assert.That(expiring.Status, Is.EqualTo(TestStatus.Sent), "expiry is answered, never stored");
            Assert.That(() => expiring.Start(expiry), Throws.TypeOf<DomainRuleException>().With.Message.Contains("expired"));
            Assert.That(expiring.StartedAt, Is.Null);
            Assert.That(started.StatusAt(expiry.AddDays(1)), Is.EqualTo(TestStatus.Started));
        });
    }

    [Test]
    public void SentBeforeInvitationsExpired_NeverExpires()
    {
        var old = TestInstance.Send(Guid.NewGuid(), Guid.NewGuid(), "interview-1", "hash", "protected", Kate, null, Guid.NewGuid(), SentAt);

        Assert.Multiple(() =>
        {
            Assert.That(old.InvitationExpiresAt, Is.Null);
            Assert.That(old.StatusAt(SentAt.AddYears(1)), Is.EqualTo(TestStatus.Sent));
        });
    }

    [Test]
    public void Reminder_IsDueOnceForItsCurrentMessage_OnlyWhileNotStartedAndNotExpired()
    {
        var instance = Send();
        var message = Guid.NewGuid();
        instance.ScheduleReminder(message);
        var remindAt = SentAt.AddDays(12);

        Assert.Multiple(() =>
        {
            Assert.That(instance.IsReminderDue(message, remindAt), Is.True);
            Assert.That(instance.IsReminderDue(Guid.NewGuid(), remindAt), Is.False, "an earlier message of an extended invitation");
            Assert.That(instance.IsReminderDue(message, SentAt.AddDays(14)), Is.False, "expired");
        });
        instance.MarkReminded(remindAt);
        Assert.That(instance.IsReminderDue(message, remindAt), Is.False, "one reminder");

        var started = Send();
        started.ScheduleReminder(message);
        started.Start(SentAt.AddDays(1));
        Assert.That(started.IsReminderDue(message, remindAt), Is.False, "started");
    }

    [Test]
    public void Extend_MovesTheExpiryAndTheReminder_UnlessTheReminderWentOut()
    {
        var instance = Send();
        var now = SentAt.AddDays(15);

        var remindsAgain = instance.ExtendInvitation(now.AddDays(7), TimeSpan.FromDays(2), now);

        Assert.Multiple(() =>
        {
            Assert.That(remindsAgain, Is.True);
            Assert.That(instance.InvitationExpiresAt, Is.EqualTo(now.AddDays(7)));
            Assert.That(instance.RemindAt, Is.EqualTo(now.AddDays(5)));
            Assert.That(instance.StatusAt(now), Is.EqualTo(TestStatus.Sent));
        });

        var reminded = Send();
        reminded.MarkReminded(SentAt.AddDays(12));
        Assert.That(reminded.ExtendInvitation(SentAt.AddDays(20), TimeSpan.FromDays(2), SentAt.AddDays(13)), Is.False, "one reminder, already sent");
    }

    [Test]
    public void Extend_TooShortForAReminder_SchedulesNone()
    {
        var instance = Send();
        var now = SentAt.AddDays(15);

        Assert.Multiple(() =>
        {
            Assert.That(instance.ExtendInvitation(now.AddDays(1), TimeSpan.FromDays(2), now), Is.False);
            Assert.That(instance.RemindAt, Is.Null);
            Assert.That(instance.ReminderMessageId, Is.Null);
        });
    }

    [Test]
    public void Extend_StartedOrEarlierExpiry_IsRefused()
    {
        var started = Send();
        started.Start(SentAt.AddDays(1));
        var instance = Send();

        Assert.Multiple(() =>
        {
            Assert.That(() => started.ExtendInvitation(SentAt.AddDays(30), null, SentAt.AddDays(2)), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => instance.ExtendInvitation(SentAt.AddDays(10), null, SentAt.AddDays(2)), Throws.TypeOf<DomainRuleException>(),
                "earlier than the current expiry");
            Assert.That(() => instance.ExtendInvitation(SentAt.AddDays(1), null, SentAt.AddDays(2)), Throws.TypeOf<DomainRuleException>(), "in the past");
            Assert.That(instance.InvitationExpiresAt, Is.EqualTo(SentAt.AddDays(14)), "refusals change nothing");
        });
    }

    [Test]
    public void ResumeUrl_IsValidForSevenDaysAfterSendTest()
    {
        var instance = Send(Kate with { ResumeUrl = "https://resumes.example/kate.pdf" });

        Assert.Multiple(() =>
        {
            Assert.That(instance.IsResumeUrlValid(SentAt.AddDays(7).AddTicks(-1)), Is.True);
            Assert.That(instance.IsResumeUrlValid(SentAt.AddDays(7)), Is.False);
            Assert.That(Send().IsResumeUrlValid(SentAt), Is.False, "no resume_url");
        });
    }

    private static TestInstance Send(Candidate? candidate = null)
    {
        var test = AssessmentTest.Create(Guid.NewGuid(), "t-1", "SQL", SentAt);
        return TestInstance.Send(Guid.NewGuid(), test.Id, "interview-1", "hash", "protected", candidate ?? Kate, null, Guid.NewGuid(), SentAt,
            test.InvitationFrom(SentAt), "recruiter@example.com");
    }
}
