using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

/// <summary>What the Greenhouse functional tests add to <see cref="GreenhouseApi"/>: a fast outbox, the candidate token from the database, polling.</summary>
public static class GreenhouseApp
{
    public const string AssessmentUrl = "https://assessments.example.com/start";

    /// <summary>Settings with tiny outbox delays so retries take milliseconds.</summary>
    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:RetryBaseDelay"] = "00:00:00.050",
            ["Outbox:MaxAttempts"] = "3",
            ["Outbox:LeaseDuration"] = "00:00:30",
            ["Outbox:DeliveryTimeout"] = "00:00:10",
            ["Greenhouse:AssessmentUrl"] = AssessmentUrl,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The token of an instance's candidate link, as the e-mail carries it (the database keeps its hash and ciphertext).</summary>
    public static async Task<string> CandidateTokenAsync(this PartnerApiFactory factory, string interviewId)
    {
        var protectedToken = await factory.WithDbAsync(db =>
            db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.ProtectedCandidateToken!).SingleAsync());
        return factory.Services.GetRequiredService<Partner.Application.Common.Interfaces.ISecretProtector>().Unprotect(protectedToken);
    }

    /// <summary>Polls <paramref name="probe"/> until <paramref name="done"/> holds or the timeout passes; returns the last value.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, double timeoutSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        var value = await probe();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
            value = await probe();
        }

        return value;
    }
}
