namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.IssueApiKey;

/// <summary>A new key, shown once.</summary>
public sealed record ApiKeyResult
{
    public required Guid Id { get; init; }

    /// <summary>Greenhouse's Basic user name (empty password). Shown once.</summary>
    public required string ApiKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public override string ToString() => $"ApiKeyResult {{ Id = {Id}, ApiKey = *** }}";
}
