namespace Partner.Application.GreenhouseAssessment;

/// <summary>A request Greenhouse made with one of an organization's API keys (the Greenhouse partner API).</summary>
public interface IGreenhouseCall
{
    /// <summary>The key that authenticated the call, set by the controller from authentication; never from JSON.</summary>
    Guid ApiKeyId { get; }
}
