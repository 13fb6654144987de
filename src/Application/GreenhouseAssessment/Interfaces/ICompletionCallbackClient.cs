namespace Partner.Application.GreenhouseAssessment.Interfaces;

/// <summary>docs/greenhouse.md "The contract": "PATCH &lt;url&gt; (Basic auth, no body) when the candidate completes the test".</summary>
public interface ICompletionCallbackClient
{
    /// <returns>The HTTP status Greenhouse answered.</returns>
    /// <exception cref="HttpRequestException">No answer (connection refused, timeout).</exception>
    Task<int> PatchAsync(Uri url, string apiKey, CancellationToken cancellationToken);
}
