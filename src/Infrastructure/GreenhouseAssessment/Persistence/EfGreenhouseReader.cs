using Microsoft.EntityFrameworkCore;
using Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;
using Partner.Domain.GreenhouseAssessment;
using Partner.Infrastructure.Persistence.Readers;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.GreenhouseAssessment.Persistence;

/// <summary>
/// <see cref="IGreenhouseReader"/> with compiled, untracked queries (any provider; see <see cref="PerModelQuery{TQuery}"/>).
/// </summary>
public sealed class EfGreenhouseReader(ApplicationDbContext db) : IGreenhouseReader
{
    private static readonly PerModelQuery<Func<ApplicationDbContext, string, CancellationToken, Task<GreenhouseKey?>>> LiveKey = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext context, string hash, CancellationToken _) => context.Set<OrganizationApiKey>().AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new GreenhouseKey(k.Id, k.OrganizationId))
            .FirstOrDefault()));

    private static readonly PerModelQuery<Func<ApplicationDbContext, Guid, IAsyncEnumerable<GreenhouseTestDto>>> TestsOf = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext context, Guid organizationId) => context.Set<AssessmentTest>().AsNoTracking()
            .Where(t => t.OrganizationId == organizationId)
            .OrderBy(t => t.Name).ThenBy(t => t.PartnerTestId)
            .Select(t => new GreenhouseTestDto { PartnerTestId = t.PartnerTestId, PartnerTestName = t.Name })));

    private static readonly PerModelQuery<Func<ApplicationDbContext, string, Guid, CancellationToken, Task<TestStatusResult?>>> StatusOf = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext context, string partnerInterviewId, Guid organizationId, CancellationToken _) =>
            context.Set<TestInstance>()
                .Where(i => i.PartnerInterviewId == partnerInterviewId && i.OrganizationId == organizationId)
                .Select(i => TestStatusResult.From(i.Status, i.PartnerProfileUrl, i.Score, i.MetadataJson, i.ProtectedResultsUrl, i.InvitationExpiresAt))
                .FirstOrDefault()));

    public Task<GreenhouseKey?> LiveKeyAsync(string keyHash, CancellationToken cancellationToken) =>
        LiveKey.For(db)(db, keyHash, cancellationToken);

    public async Task<IReadOnlyList<GreenhouseTestDto>> TestsOfAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var tests = new List<GreenhouseTestDto>();
        await foreach (var test in TestsOf.For(db)(db, organizationId).WithCancellation(cancellationToken))
        {
            tests.Add(test);
        }

        return tests;
    }

    public Task<TestStatusResult?> StatusOfAsync(string partnerInterviewId, Guid organizationId, CancellationToken cancellationToken) =>
        StatusOf.For(db)(db, partnerInterviewId, organizationId, cancellationToken);
}
