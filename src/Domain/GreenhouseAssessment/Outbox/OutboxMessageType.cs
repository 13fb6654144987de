namespace Partner.Domain.GreenhouseAssessment.Outbox;

public enum OutboxMessageType
{
    /// <summary>The e-mail that gives a candidate the link to their test.</summary>
    CandidateEmail,

    /// <summary>docs/greenhouse.md "The contract": PATCH send_test's url when the candidate completes the test.</summary>
    CompletionCallback,

    /// <summary>The one reminder to a candidate who has not started, due before the invitation expires.</summary>
    InvitationReminder,
}
