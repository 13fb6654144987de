using Microsoft.EntityFrameworkCore;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.WebApi.FunctionalTests.Persistence;

/// <summary>
/// What each provider's context must get right below the handlers: a unique violation is told apart from any other
/// refused write (connect's retry and the 409s depend on it), a refused reference is a write conflict whichever side of
/// it moved, and an instant survives the round trip whatever its offset.
/// </summary>
[TestFixture(Provider.Sqlite)]
[TestFixture(Provider.PostgreSql)]
public sealed class ProviderBehaviourTests(Provider provider)
{
    private PartnerApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _factory = new PartnerApiFactory(provider: provider);
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public void StopApp() => _factory.Dispose();

    [Test]
    public async Task DuplicateOrganizationName_IsAUniqueConstraintViolation()
    {
        var name = "Twice " + Guid.NewGuid();
        await _factory.WithDbAsync(db =>
        {
            db.Organizations.Add(Organization.Create(name, DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });

        var (thrown, isUnique) = await _factory.WithDbAsync(async db =>
        {
            db.Organizations.Add(Organization.Create(name, DateTimeOffset.UtcNow));
            var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return (exception, db.IsUniqueConstraintViolation(exception!));
        });

        Assert.That(thrown, Is.Not.Null);
        Assert.That(isUnique, Is.True, thrown!.InnerException?.Message);
    }

    [Test]
    public async Task TestOfAMissingOrganization_ForeignKeyViolation_IsAWriteConflictButNotAUniqueConstraintViolation()
    {
        var (thrown, isUnique, isConflict) = await _factory.WithDbAsync(async db =>
        {
            db.AssessmentTests.Add(AssessmentTest.Create(Guid.NewGuid(), "orphan", "No organization", DateTimeOffset.UtcNow));
            var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return (exception, db.IsUniqueConstraintViolation(exception!), db.IsWriteConflict(exception!));
        });

        Assert.That(thrown, Is.Not.Null, "the foreign key refused the row");
        Assert.Multiple(() =>
        {
            Assert.That(isUnique, Is.False, thrown!.InnerException?.Message);
            Assert.That(isConflict, Is.True, "the row it refers to is gone: running the use case again decides anew");
        });
    }

    [Test]
    public async Task DeletingATestSomeoneWasSent_RestrictedReference_IsAWriteConflict()
    {
        // A delete-test that checked "never sent" just before a send_test landed: the reference refuses the delete, and
        // running the use case again finds the instance (409) instead of failing with a 500.
        var organization = Organization.Create("Restrict " + Guid.NewGuid(), DateTimeOffset.UtcNow);
        var test = AssessmentTest.Create(organization.Id, "sent", "Sent once", DateTimeOffset.UtcNow);
        await _factory.WithDbAsync(db =>
        {
            db.Organizations.Add(organization);
            db.AssessmentTests.Add(test);
            db.TestInstances.Add(TestInstance.Send(organization.Id, test.Id, Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), "protected-token",
                new Candidate("Kate", "Austen", "kate@example.com", "https://www.greenhouse.io/people/1", null, null), null, Guid.NewGuid(),
                DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });

        var (thrown, isUnique, isConflict) = await _factory.WithDbAsync(async db =>
        {
            db.AssessmentTests.Remove(await db.AssessmentTests.SingleAsync(t => t.Id == test.Id));
            var exception = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return (exception, db.IsUniqueConstraintViolation(exception!), db.IsWriteConflict(exception!));
        });

        Assert.That(thrown, Is.Not.Null, "the test instance's reference refused the delete");
        Assert.Multiple(() =>
        {
            Assert.That(isUnique, Is.False, thrown!.InnerException?.Message);
            Assert.That(isConflict, Is.True, thrown!.InnerException?.Message);
        });
    }

    [Test]
    public async Task InstantWithANonZeroOffset_IsStoredAndReadAsTheSameInstant()
    {
        var createdAt = new DateTimeOffset(2026, 12, 1, 9, 30, 15, TimeSpan.FromHours(2)).AddTicks(1230);
        var organization = Organization.Create("Offset " + Guid.NewGuid(), createdAt);
        await _factory.WithDbAsync(db =>
        {
            db.Organizations.Add(organization);
            return db.SaveChangesAsync();
        });

        var (stored, found) = await _factory.WithDbAsync(async db => (
            await db.Organizations.AsNoTracking().Where(o => o.Id == organization.Id).Select(o => o.CreatedAt).SingleAsync(),
            await db.Organizations.CountAsync(o => o.Id == organization.Id && o.CreatedAt == createdAt)));

        Assert.Multiple(() =>
        {
            Assert.That(stored.UtcTicks, Is.EqualTo(createdAt.UtcTicks), "same instant, to the microsecond");
            Assert.That(found, Is.EqualTo(1), "a query parameter with that offset finds it");
        });
    }
}
