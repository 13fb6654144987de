namespace Partner.Domain.GreenhouseAssessment;

/// <summary>The e-mails a candidate receives.</summary>
public enum EmailKind
{
    /// <summary>The test's link (at send_test, and again when the invitation is extended).</summary>
    Invitation,

    /// <summary>The one reminder to a candidate who has not started.</summary>
    Reminder,
}
