using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partner.Domain.GreenhouseAssessment;
using Partner.TestSupport;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

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
    public void StopApp() => _factory?.Dispose();

    [Test]
    public async Task ListOrganizations_GivesEachIdWithItsActiveKeysAndTests_Paged()
    {
        var first = await _factory.CreateTenantAsync(("t-1", "One"), ("t-2", "Two"));
        var second = await _factory.CreateTenantAsync();
        using var admin = _factory.CreateAdminClient();

        var page = await (await admin.GetAsync("/admin/organizations?page_size=500")).ReadJsonAsync();
        var one = await (await admin.GetAsync("/admin/organizations?page=1&page_size=1")).ReadJsonAsync();

        var items = page["items"]!.AsArray().ToDictionary(o => o!["id"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(items[first.Id.ToString()]!["name"]!.GetValue<string>(), Is.EqualTo(first.Name));
            Assert.That(items[first.Id.ToString()]!["active_api_keys"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(items[first.Id.ToString()]!["tests"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(items[second.Id.ToString()]!["tests"]!.GetValue<int>(), Is.Zero);
            Assert.That(items.Values.Select(o => o!["name"]!.GetValue<string>()), Has.Some.EqualTo("Seeded organization"), "the contract's id can be found");
            Assert.That(one["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(one["total_count"]!.GetValue<int>(), Is.EqualTo(page["total_count"]!.GetValue<int>()));
        });
    }

    [Test]
    public async Task ListApiKeys_IdsCreatedLastUsedRevoked_NeverTheKey()
    {
        var tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        using var admin = _factory.CreateAdminClient();
        var issued = await (await admin.PostAsync(GreenhouseApi.ApiKeysOf(tenant.Id), null)).ReadJsonAsync();
        var newKey = issued["api_key"]!.GetValue<string>();
        Assert.That((await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/api-keys/{tenant.ApiKeyId}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var greenhouse = _factory.CreateGreenhouseClient(newKey);
        Assert.That((await greenhouse.GetAsync(GreenhouseApi.ListTestsPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var response = await admin.GetAsync(GreenhouseApi.ApiKeysOf(tenant.Id));

        var text = await response.Content.ReadAsStringAsync();
        var keys = JsonNode.Parse(text)!["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(keys.Select(k => k!["id"]!.GetValue<string>()), Is.EqualTo(new[] { issued["id"]!.GetValue<string>(), tenant.ApiKeyId.ToString() }),
                "newest first");
            Assert.That(keys[0]!["last_used_at"]?.GetValue<DateTimeOffset>(), Is.Not.Null, "the new key was just used");
            Assert.That(keys[0]!["revoked_at"], Is.Null);
            Assert.That(keys[1]!["revoked_at"]?.GetValue<DateTimeOffset>(), Is.Not.Null);
            Assert.That(text, Does.Not.Contain(newKey).And.Not.Contain(tenant.ApiKey));
        });
    }

    [Test]
    public async Task ListApiKeys_UnknownOrganization_Is404()
    {
        using var admin = _factory.CreateAdminClient();

        Assert.That((await admin.GetAsync($"/admin/organizations/{Guid.NewGuid()}/api-keys")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task DeleteTest_NeverSent_204AndGone_Sent_409_Unknown_404()
    {
        var tenant = await _factory.CreateTenantAsync(("unsent", "Unsent"), ("sent", "Sent"));
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);
        await greenhouse.SendTestAsync(GreenhouseApi.SendTest("sent"));
        using var admin = _factory.CreateAdminClient();

        var unsent = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/tests/unsent");
        var sent = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/tests/sent");
        var unknown = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/tests/no-such-test");

        var left = JsonNode.Parse(await admin.GetStringAsync(GreenhouseApi.TestsOf(tenant.Id)))!["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(unsent.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(left.Select(t => t!["partner_test_id"]!.GetValue<string>()), Is.EqualTo(new[] { "sent" }));
        });
    }

    [Test]
    public async Task Outbox_EntriesCarryThePartnerInterviewId_AndCanBeFoundByIt()
    {
        var tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("12345"));
        using var admin = _factory.CreateAdminClient();

        var found = await (await admin.GetAsync($"/admin/outbox?partner_interview_id={interviewId}")).ReadJsonAsync();
        var none = await (await admin.GetAsync("/admin/outbox?partner_interview_id=no-such-interview")).ReadJsonAsync();

        var items = found["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i!["type"]!.GetValue<string>()), Is.EquivalentTo(new[] { "candidate_email", "invitation_reminder" }));
            Assert.That(items.Select(i => i!["partner_interview_id"]!.GetValue<string>()), Has.All.EqualTo(interviewId));
            Assert.That(none["items"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task CreateOrganization_Returns201WithIdNameAndAKeyStoredOnlyAsHashAndCiphertext()
    {
        using var admin = _factory.CreateAdminClient();

        var response = await admin.PostAsJsonAsync(GreenhouseApi.OrganizationsPath, GreenhouseApi.CreateOrganization("Customer 1 " + Guid.NewGuid()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var json = await response.ReadJsonAsync();
        var id = Guid.Parse(json["id"]!.GetValue<string>());
        var apiKey = json["api_key"]!.GetValue<string>();
        Assert.That(json["name"]!.GetValue<string>(), Does.StartWith("Customer 1 "));
        var stored = await _factory.WithDbAsync(db => db.OrganizationApiKeys.SingleAsync(k => k.OrganizationId == id));
        Assert.Multiple(() =>
        {
            Assert.That(apiKey, Has.Length.GreaterThanOrEqualTo(40));
            Assert.That(stored.KeyHash, Is.EqualTo(Partner.Application.GreenhouseAssessment.GreenhouseApiKeys.Hash(apiKey)));
            Assert.That(stored.ProtectedKey, Does.Not.Contain(apiKey));
        });
    }

    [Test]
    public async Task CreateOrganization_DuplicateName_Returns409()
    {
        using var admin = _factory.CreateAdminClient();
        var name = "Twice " + Guid.NewGuid();
        await admin.PostAsJsonAsync(GreenhouseApi.OrganizationsPath, GreenhouseApi.CreateOrganization(name));

        var second = await admin.PostAsJsonAsync(GreenhouseApi.OrganizationsPath, GreenhouseApi.CreateOrganization(name));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await second.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("conflict"));
    }

    [Test]
    public async Task ApiKeys_RotateThenRevokeOld_OldKeyIs401NewKeyWorks()
    {
        var tenant = await _factory.CreateTenantAsync(("1", "One"));
        using var admin = _factory.CreateAdminClient();
        var issued = await admin.PostAsync(GreenhouseApi.ApiKeysOf(tenant.Id), null);
        Assert.That(issued.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var newKey = (await issued.ReadJsonAsync())["api_key"]!.GetValue<string>();
        using var oldClient = _factory.CreateGreenhouseClient(tenant.ApiKey);
        using var newClient = _factory.CreateGreenhouseClient(newKey);
        Assert.That((await oldClient.GetAsync(GreenhouseApi.ListTestsPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var revoked = await admin.DeleteAsync($"/admin/organizations/{tenant.Id}/api-keys/{tenant.ApiKeyId}");

        Assert.Multiple(async () =>
        {
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That((await oldClient.GetAsync(GreenhouseApi.ListTestsPath)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await newClient.GetAsync(GreenhouseApi.ListTestsPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task ApiKeyLastUse_RecordedByTheUseCase_OncePerCachePeriod_NotByAuthenticationAlone()
    {
        // docs/greenhouse.md "Tenancy and keys": authentication only reads the key; the Greenhouse use case records its use.
        var tenant = await _factory.CreateTenantAsync(("12345", "My First Test"));
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);

        using var unreadable = await greenhouse.PostAsync("/partners/greenhouse/send_test",
            new StringContent("{\"partner_test_id\":", System.Text.Encoding.UTF8, "application/json"));
        using var invalid = await greenhouse.PostAsJsonAsync("/partners/greenhouse/send_test",
            GreenhouseApi.SendTest("12345", email: "a..b@example.com"));
        var afterRefusals = await LastUsedAtAsync(tenant.ApiKeyId);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        using var listed = await greenhouse.GetAsync("/partners/greenhouse/list_tests");
        var afterCall = await LastUsedAtAsync(tenant.ApiKeyId);

        // Within Greenhouse:ApiKeyCacheDuration another call writes nothing: an earlier time put back stays.
        var earlier = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await _factory.WithDbAsync(db => db.OrganizationApiKeys.Where(k => k.Id == tenant.ApiKeyId)
            .ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, earlier)));
        using var again = await greenhouse.GetAsync("/partners/greenhouse/list_tests");
        var afterSecondCall = await LastUsedAtAsync(tenant.ApiKeyId);

        Assert.Multiple(() =>
        {
            Assert.That(unreadable.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a body that does not bind");
            Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a body the validator refuses");
            Assert.That(afterRefusals, Is.Null, "authenticated, then refused before the use case ran: no use recorded");
            Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterCall, Is.GreaterThan(before), "list_tests ran with the key");
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterSecondCall, Is.EqualTo(earlier), "one write per key and period, not one per call");
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

        var generated = await admin.PostAsJsonAsync(GreenhouseApi.TestsOf(tenant.Id), GreenhouseApi.CreateTest(null, "Generated id"));
        var explicitId = await admin.PostAsJsonAsync(GreenhouseApi.TestsOf(tenant.Id), GreenhouseApi.CreateTest("A-1", "Explicit"));
        var duplicate = await admin.PostAsJsonAsync(GreenhouseApi.TestsOf(tenant.Id), GreenhouseApi.CreateTest("A-1", "Again"));
        var list = JsonNode.Parse(await admin.GetStringAsync(GreenhouseApi.TestsOf(tenant.Id)))!["items"]!.AsArray();

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

        var list = await admin.GetAsync(GreenhouseApi.TestsOf(Guid.NewGuid()));
        var create = await admin.PostAsJsonAsync(GreenhouseApi.TestsOf(Guid.NewGuid()), GreenhouseApi.CreateTest(null, "x"));

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ReportStatus_StartedThenCompleteThenCompleteAgain_MovesForwardOnlyAnd409s()
    {
        var tenant = await _factory.CreateTenantAsync(("t", "Test"));
        using var greenhouse = _factory.CreateGreenhouseClient(tenant.ApiKey);
        using var admin = _factory.CreateAdminClient();
        var interviewId = await greenhouse.SendTestAsync(GreenhouseApi.SendTest("t"));

        var started = await admin.ReportStatusAsync(interviewId, GreenhouseApi.ReportStatus("started", score: 10));
        var complete = await admin.ReportStatusAsync(interviewId, GreenhouseApi.Complete(score: 90.5));
        var again = await admin.ReportStatusAsync(interviewId, GreenhouseApi.Complete(score: null));
        var back = await admin.ReportStatusAsync(interviewId, GreenhouseApi.ReportStatus("started"));

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

        var response = await admin.ReportStatusAsync("nope", GreenhouseApi.ReportStatus("started"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Seed_FromConfiguration_GivesAWorkingTenantAndIsIdempotent()
    {
        using var greenhouse = _factory.CreateGreenhouseClient(SeedKey);

        var tests = JsonNode.Parse(await greenhouse.GetStringAsync(GreenhouseApi.ListTestsPath))!.AsArray();
        await Partner.Infrastructure.GreenhouseAssessment.GreenhouseSeeder.SeedGreenhouseAsync(_factory.Services);

        Assert.That(tests.Select(t => t!["partner_test_name"]!.GetValue<string>()), Is.EqualTo(new[] { "My First Test" }));
        Assert.Multiple(async () =>
        {
            Assert.That(await _factory.WithDbAsync(db => db.Organizations.CountAsync(o => o.Name == "Seeded organization")), Is.EqualTo(1));
            Assert.That(await _factory.WithDbAsync(db => db.OrganizationApiKeys.CountAsync(k =>
                k.KeyHash == Partner.Application.GreenhouseAssessment.GreenhouseApiKeys.Hash(SeedKey))), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AdminEndpoints_WithoutBearer_Return401()
    {
        using var anonymous = _factory.CreateClient();

        var response = await anonymous.PostAsJsonAsync(GreenhouseApi.OrganizationsPath, GreenhouseApi.CreateOrganization("x"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await response.ReadJsonAsync())["error_reason"]!.GetValue<string>(), Is.EqualTo("unauthorized"));
    }

    private Task<DateTimeOffset?> LastUsedAtAsync(Guid keyId) =>
        _factory.WithDbAsync(db => db.OrganizationApiKeys.Where(k => k.Id == keyId).Select(k => k.LastUsedAt).SingleAsync());
}
