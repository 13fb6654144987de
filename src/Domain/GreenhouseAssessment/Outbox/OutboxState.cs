namespace Partner.Domain.GreenhouseAssessment.Outbox;

public enum OutboxState
{
    Pending,
    Delivered,

    /// <summary>Every attempt failed; an operator may replay it.</summary>
    Dead,
}
