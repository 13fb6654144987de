namespace Partner.Application.GreenhouseAssessment.Interfaces;

/// <summary>Whether the service runs in Development (its documented conveniences are accepted only there).</summary>
public interface IDeploymentEnvironment
{
    bool IsDevelopment { get; }
}
