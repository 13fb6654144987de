using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.Greenhouse;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;
using Partner.WebApi.FunctionalTests.Infrastructure;

namespace Partner.WebApi.FunctionalTests.Greenhouse;

/// <summary>The operators' Greenhouse API: organizations, key rotation, tests, progress reports, and the dev seed.</summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class GreenhouseAdminTests(Provider provider)
{
    private const string SeedKey = "seeded-key-for-tests";
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp() => _factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?>
    {
        ["Outbox:Enabled"] = "false",
        ["Greenhouse:Seed:Organization:Name"] = "Seeded organization",
        ["Greenhouse:Seed:Organization:ApiKey"] = SeedKey,
        ["Greenhouse:Seed:Organization:Tests:0:PartnerTestId"] = "12345",
        ["Greenhouse:Seed:Organization:Tests:0:PartnerTestName"] = "My First Test",
    }), provider: provider);

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    [Test]
    public async Task CreateOrganization_Returns201WithIdNameAndAKeyStoredOnlyAsHashAndCiphertext()
    {
        using var admin = _factory.CreateAdminClient();

        var response = await admin.PostAsJsonAsync("/admin/organizations", new { name = "Customer 1 " + Guid.NewGuid() });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var json = await response.ReadJsonAsync();
        var id = Guid.Parse(json["id"]!.GetValue<string>());
        var apiKey = json["api_key"]!.GetValue<string>();
        Assert.That(json["name"]!.GetValue<string>(), Does.StartWith("Customer 1 "));
        var stored = await _factory.WithDbAsync(db => db.OrganizationApiKeys.SingleAsync(k => k.OrganizationId == id));
        Assert.Multiple(() =>
        {
            Assert.That(apiKey, Has.Length.GreaterThanOrEqualTo(40));
            Assert.That(stored.KeyHash, Is.EqualTo(Partner.Application.Greenhouse.GreenhouseApiKeys.Hash(apiKey)));
            Assert.That(stored.ProtectedKey, Does.Not.Contain(apiKey));
        });
    }

    [Test]
    public async Task CreateOrganization_DuplicateName_Returns409()
    {
        using var admin = _factory.CreateAdminClient();
        var name = "Twice " + Guid.NewGuid();
        await admin.PostAsJsonAsync("/admin/organizations", new { name });

        var second = await admin.PostAsJsonAsync("/admin/organizations", new { name });

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await second.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("conflict"));
    }

    [Test]
    public async Task ApiKeys_RotateThenRevokeOld_OldKeyIs401NewKeyWorks()
    {
        var tenant = await _factory.CreateTenantAsync(("1", "One"));
        using var admin = _factory.CreateAdminClient();
        var issued = await admin.PostAsync($"/admin/organizations/{tenant.Id}/api-keys", null);
        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var newKey = (await issued.ReadJsonAsync())["api_key"]!.GetValue<string>();
        using var oldClient = _factory.CreateGreenhouseClient(tenant.ApiKey);
        using var newClient = _factory.CreateGreenhouseClient(newKey);
        Assert.That((await oldClient.GetAsync("/partners/greenhouse/list_tests")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var revoked = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/api-keys/{tenant.ApiKeyId}");

        Assert.Multiple(async () =>
        {
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That((await oldClient.GetAsync("/partners/greenhouse/list_tests")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await newClient.GetAsync("/partners/greenhouse/list_tests")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task RevokeApiKey_KeyOfAnotherOrganization_Returns404()
    {
        var owner = await _factory.CreateTenantAsync();
        var other = await _factory.CreateTenantAsync();
        using var admin = _factory.CreateAdminClient();

        var response = await admin.DeleteAsync($"/admin/organizations/{other.Id}/api-keys/{owner.ApiKeyId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Tests_CreateWithAndWithoutId_ListShowsBothAndDuplicateIs409()
    {
        var tenant = await _factory.CreateTenantAsync();
        using var admin = _factory.CreateAdminClient();

        var generated = await admin.PostAsJsonAsync($"/admin/organizations/{tenant.Id}/tests", new { partner_test_name = "Generated id" });
        var explicitId = await admin.PostAsJsonAsync($"/admin/organizations/{tenant.Id}/tests", new { partner_test_id = "A-1", partner_test_name = "Explicit" });
        var duplicate = await admin.PostAsJsonAsync($"/admin/organizations/{tenant.Id}/tests", new { partner_test_id = "A-1", partner_test_name = "Again" });
        var list = JsonNode.Parse(await admin.GetStringAsync($"/admin/organizations/{tenant.Id}/tests"))!.AsArray();

        Assert.Multiple(async () =>
        {
            Assert.That(generated.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await generated.ReadJsonAsync())["partner_test_id"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(explicitId.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(list.Select(t => t!["partner_test_name"]!.GetValue<string>()), Is.EqualTo(new[] { "Explicit", "Generated id" }));
        });
    }

    [Test]
    public async Task Tests_UnknownOrganization_Returns404()
    {
        using var admin = _factory.CreateAdminClient();

        var list = await admin.GetAsync($"/admin/organizations/{Guid.NewGuid()}/tests");
        var create = await admin.PostAsJsonAsync($"/admin/organizations/{Guid.NewGuid()}/tests", new { partner_test_name = "x" });

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ReportStatus_StartedThenCompleteThenCompleteAgain_MovesForwardOnlyAnd409s()
    {
        var tenant = await _factory.CreateTenantAsync(("t", "Test"));
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);
        using var admin = _factory.CreateAdminClient();
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApp.SendTestBody("t"));
        var path = $"/admin/test-instances/{interviewId}/status";

        var started = await admin.PostAsJsonAsync(path, new { partner_status = "started", partner_score = 10 });
        var complete = await admin.PostAsJsonAsync(path, new { partner_status = "complete", partner_profile_url = "https://p.example.com/r/1", partner_score = 90.5 });
        var again = await admin.PostAsJsonAsync(path, new { partner_status = "complete", partner_profile_url = "https://p.example.com/r/1" });
        var back = await admin.PostAsJsonAsync(path, new { partner_status = "started" });

        Assert.Multiple(async () =>
        {
            Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await started.ReadJsonAsync())["partner_status"]!.GetValue<string>(), Is.EqualTo("started"));
            Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(back.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        });
        var instance = await _factory.WithDbAsync(db => db.TestInstances.SingleAsync(i => i.PartnerInterviewId == interviewId));
        Assert.Multiple(() =>
        {
            Assert.That(instance.Status, Is.EqualTo(TestStatus.Complete));
            Assert.That(instance.Score, Is.EqualTo(90.5));
            Assert.That(instance.StartedAt, Is.Not.Null);
            Assert.That(instance.CompletedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task ReportStatus_UnknownInterview_Returns404()
    {
        using var admin = _factory.CreateAdminClient();

        var response = await admin.PostAsJsonAsync("/admin/test-instances/nope/status", new { partner_status = "started" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Seed_FromConfiguration_GivesAWorkingTenantAndIsIdempotent()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(SeedKey);

        var tests = JsonNode.Parse(await greenhouse.GetStringAsync("/partners/greenhouse/list_tests"))!.AsArray();
        await Partner.Infrastructure.Greenhouse.GreenhouseSeeder.SeedGreenhouseAsync(_factory.Services);

        Assert.That(tests.Select(t => t!["partner_test_name"]!.GetValue<string>()), Is.EqualTo(new[] { "My First Test" }));
        Assert.Multiple(async () =>
        {
            Assert.That(await _factory.WithDbAsync(db => db.Organizations.CountAsync(o => o.Name == "Seeded organization")), Is.EqualTo(1));
            Assert.That(await _factory.WithDbAsync(db => db.OrganizationApiKeys.CountAsync(k =>
                k.KeyHash == Partner.Application.Greenhouse.GreenhouseApiKeys.Hash(SeedKey))), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AdminEndpoints_WithoutBearer_Return401()
    {
        using var anonymous = _factory.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/admin/organizations", new { name = "x" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await response.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("unauthorized"));
    }
}
