using Microsoft.Extensions.DependencyInjection;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Domain.GreenhouseAssessment;
using Partner.Infrastructure.GreenhouseAssessment.Persistence;
using Partner.Infrastructure.Persistence;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// The SQLite Greenhouse reader's hand-written SQL against EF's view of the same rows (EfGreenhouseReader, the reader
/// of the server databases): the same key, list and status for every state, on a real database file.
/// </summary>
public sealed class GreenhouseReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;

    [Test]
    public async Task LiveAndRevokedKeys_BothReadersAgree()
    {
        var s = await SeedAsync();

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.That(scope.ServiceProvider.GetRequiredService<IGreenhouseReader>(), Is.InstanceOf<SqliteGreenhouseReader>());
        IGreenhouseReader sqlite = new SqliteGreenhouseReader(db), ef = new EfGreenhouseReader(db);
        foreach (var hash in new[] { s.LiveHash, s.RevokedHash, $"unknown-{s.LiveHash}" })
        {
            // Twice on the same connection: the second call runs the kept, prepared statement.
            var first = await sqlite.LiveKeyAsync(hash, CancellationToken.None);
            Assert.That(await sqlite.LiveKeyAsync(hash, CancellationToken.None), Is.EqualTo(first));
            Assert.That(first, Is.EqualTo(await ef.LiveKeyAsync(hash, CancellationToken.None)), hash);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await sqlite.LiveKeyAsync(s.LiveHash, CancellationToken.None), Is.EqualTo(new GreenhouseKey(s.LiveKeyId, s.OrganizationId)));
            Assert.That(await sqlite.LiveKeyAsync(s.RevokedHash, CancellationToken.None), Is.Null);
        });
    }

    [Test]
    public async Task TestsOfAnOrganization_ByNameThenId_BothReadersAgree()
    {
        var s = await SeedAsync();

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var sqlite = await new SqliteGreenhouseReader(db).TestsOfAsync(s.OrganizationId, CancellationToken.None);
        var again = await new SqliteGreenhouseReader(db).TestsOfAsync(s.OrganizationId, CancellationToken.None);
        var ef = await new EfGreenhouseReader(db).TestsOfAsync(s.OrganizationId, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(sqlite, Is.EqualTo(ef));
            Assert.That(again, Is.EqualTo(sqlite));
            Assert.That(sqlite.Select(t => t.PartnerTestId), Is.EqualTo(new[] { "a-1", "b-2", "c-3", "lower-1" }));
            Assert.That(await new SqliteGreenhouseReader(db).TestsOfAsync(Guid.NewGuid(), CancellationToken.None), Is.Empty);
        });
    }

    [TestCase("sent")]
    [TestCase("started with progress")]
    [TestCase("complete")]
    [TestCase("complete without score or metadata")]
    [TestCase("another organization's")]
    [TestCase("unknown")]
    public async Task TestStatus_BothReadersAgree(string variant)
    {
        var s = await SeedAsync();
        var (interviewId, organizationId) = variant switch
        {
            "sent" => (s.Sent, s.OrganizationId),
            "started with progress" => (s.Started, s.OrganizationId),
            "complete" => (s.Complete, s.OrganizationId),
            "complete without score or metadata" => (s.CompleteBare, s.OrganizationId),
            "another organization's" => (s.Complete, Guid.NewGuid()),
            _ => ($"unknown-{s.Sent}", s.OrganizationId),
        };

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var sqlite = await new SqliteGreenhouseReader(db).StatusOfAsync(interviewId, organizationId, CancellationToken.None);
        var again = await new SqliteGreenhouseReader(db).StatusOfAsync(interviewId, organizationId, CancellationToken.None);
        var ef = await new EfGreenhouseReader(db).StatusOfAsync(interviewId, organizationId, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Describe(sqlite), Is.EqualTo(Describe(ef)));
            Assert.That(Describe(again), Is.EqualTo(Describe(sqlite)));
            Assert.That(Describe(sqlite), Is.EqualTo(variant switch
            {
                "sent" => "Sent|||",
                "started with progress" => """Started||40.5|{"step":2}""",
                "complete" => """Complete|https://partner.example/results/1|81|{"level":"senior","passed":true}""",
                "complete without score or metadata" => "Complete|https://partner.example/results/2||",
                _ => "none",
            }));
        });
    }

    // The result holds a JsonObject (compared by reference): compare what it says.
    private static string Describe(Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus.TestStatusResult? result) =>
        result is null ? "none" : $"{result.PartnerStatus}|{result.PartnerProfileUrl}|{result.PartnerScore}|{result.Metadata?.ToJsonString()}";

    private async Task<Seeded> SeedAsync() => await _factory.WithDbAsync(async db =>
    {
        var organization = Organization.Create($"Reader {Guid.NewGuid():N}", Now);
        var live = OrganizationApiKey.Issue(organization.Id, $"live-{Guid.NewGuid():N}", "protected", Now);
        var revoked = OrganizationApiKey.Issue(organization.Id, $"revoked-{Guid.NewGuid():N}", "protected", Now);
        revoked.Revoke(Now);
        // By name, then id; SQLite compares text byte by byte (upper case before lower case), as EF's query does.
        var tests = new[]
        {
            AssessmentTest.Create(organization.Id, "c-3", "Beta", Now),
            AssessmentTest.Create(organization.Id, "a-1", "Alpha", Now),
            AssessmentTest.Create(organization.Id, "b-2", "Alpha", Now),
            AssessmentTest.Create(organization.Id, "lower-1", "alpha", Now),
        };
        // Stored in the reverse of the answer's order, so that neither reader can pass by returning rows as stored.
        Array.Sort(tests, (a, b) => string.CompareOrdinal(b.PartnerTestId, a.PartnerTestId));
        var candidate = new Candidate("Kate", "Austen", "kate@example.com", "https://app.greenhouse.io/people/1", null, null);
        TestInstance Send() => TestInstance.Send(organization.Id, tests[0].Id, $"reader-{Guid.NewGuid():N}", Guid.NewGuid().ToString("N"), "protected-token", candidate,
            null, live.Id, Now);
        var sent = Send();
        var started = Send();
        started.RecordProgress(40.5, """{"step":2}""", Now);
        var complete = Send();
        complete.Complete("https://partner.example/results/1", 81, """{"level":"senior","passed":true}""", Now);
        var bare = Send();
        bare.Complete("https://partner.example/results/2", null, null, Now);

        db.Organizations.Add(organization);
        db.OrganizationApiKeys.AddRange(live, revoked);
        db.AssessmentTests.AddRange(tests);
        db.TestInstances.AddRange(sent, started, complete, bare);
        await db.SaveChangesAsync();
        return new Seeded(organization.Id, live.Id, live.KeyHash, revoked.KeyHash,
            sent.PartnerInterviewId, started.PartnerInterviewId, complete.PartnerInterviewId, bare.PartnerInterviewId);
    });

    private sealed record Seeded(Guid OrganizationId, Guid LiveKeyId, string LiveHash, string RevokedHash,
        string Sent, string Started, string Complete, string CompleteBare);
}
