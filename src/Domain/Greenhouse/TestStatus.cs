namespace Partner.Domain.Greenhouse;

/// <summary>contract: partner_status. Greenhouse polls until it reads "complete".</summary>
public enum TestStatus
{
    Sent,
    Started,
    Complete,
}
