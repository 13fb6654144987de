using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

/// <summary>An organization created through the admin API, with its (once-shown) key.</summary>
public sealed record Tenant(Guid Id, string Name, string ApiKey, Guid ApiKeyId);

/// <summary>Greenhouse test helpers: a fast outbox, tenants, Greenhouse clients, polling.</summary>
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

    public static async Task<Tenant> CreateTenantAsync(this PartnerApiFactory factory, params (string Id, string Name)[] tests)
    {
        using var admin = factory.CreateAdminClient();
        var name = $"Customer {Guid.NewGuid():N}";
        var response = await admin.PostAsJsonAsync("/admin/organizations", new { name });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        var tenant = new Tenant(Guid.Parse(json["id"]!.GetValue<string>()), name, json["api_key"]!.GetValue<string>(),
            Guid.Parse(json["api_key_id"]!.GetValue<string>()));
        foreach (var (id, testName) in tests)
        {
            var created = await admin.PostAsJsonAsync($"/admin/organizations/{tenant.Id}/tests",
                new JsonObject { ["partner_test_id"] = id, ["partner_test_name"] = testName });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }

        return tenant;
    }

    /// <summary>The token of an instance's candidate link, as the e-mail carries it (the database keeps its hash and ciphertext).</summary>
    public static async Task<string> CandidateTokenAsync(this PartnerApiFactory factory, string interviewId)
    {
        var protectedToken = await factory.WithDbAsync(db =>
            db.TestInstances.Where(i => i.PartnerInterviewId == interviewId).Select(i => i.ProtectedCandidateToken!).SingleAsync());
        return factory.Services.GetRequiredService<Partner.Application.Common.Interfaces.ISecretProtector>().Unprotect(protectedToken);
    }

    /// <summary>The contract's send_test example, for a given test and e-mail.</summary>
    public static JsonObject SendTestBody(string partnerTestId, string email = "kate_austen@example.com", string? url = null)
    {
        var body = new JsonObject
        {
            ["partner_test_id"] = partnerTestId,
            ["candidate"] = new JsonObject
            {
                ["first_name"] = "Kate",
                ["last_name"] = "Austen",
                ["resume_url"] = null,
                ["phone_number"] = "123-456-7890",
                ["email"] = email,
                ["greenhouse_profile_url"] = "https://www.greenhouse.io/people/5345178?application_id=5699620",
            },
        };
        if (url is not null)
        {
            body["url"] = url;
        }

        return body;
    }

    public static async Task<string> SendTestAsync(this HttpClient greenhouse, JsonObject body)
    {
        var response = await greenhouse.PostAsJsonAsync("/partners/greenhouse/send_test", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["partner_interview_id"]!.GetValue<string>();
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
