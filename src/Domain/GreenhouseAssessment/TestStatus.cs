namespace Partner.Domain.GreenhouseAssessment;

/// <summary>contract: partner_status. Greenhouse polls until it reads "complete".</summary>
public enum TestStatus
{
    Sent,
    Started,
    Complete,

    /// <summary>Answered for an invitation not started before it expired (<see cref="TestInstance.StatusAt"/>); never stored.</summary>
    Expired,
}
