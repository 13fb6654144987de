using Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;
using Partner.Domain.GreenhouseAssessment;
using Partner.Infrastructure.Persistence;
using static Partner.Infrastructure.Persistence.Sqlite.KeptStatements;

namespace Partner.Infrastructure.GreenhouseAssessment.Persistence;

/// <summary>
/// <see cref="IGreenhouseReader"/> for SQLite with <see cref="KeptStatements"/>: every Greenhouse call's key, and
/// test_status and list_tests, which Greenhouse polls (EF's compiled query was ~21% of a test_status's CPU).
/// <c>GreenhouseReaderTests</c> checks the SQL against <see cref="Readers.EfGreenhouseReader"/>.
/// </summary>
public sealed class SqliteGreenhouseReader(ApplicationDbContext db) : IGreenhouseReader
{
    private const string LiveKeySql = """
        SELECT "Id", "OrganizationId" FROM "OrganizationApiKeys" WHERE "KeyHash" = $hash AND "RevokedAt" IS NULL LIMIT 1
        """;

    private const string TestsOfSql = """
        SELECT "PartnerTestId", "Name" FROM "AssessmentTests" WHERE "OrganizationId" = $organizationId ORDER BY "Name", "PartnerTestId"
        """;

    private const string StatusOfSql = """
        SELECT "Status", "PartnerProfileUrl", "Score", "MetadataJson", "ProtectedResultsUrl", "InvitationExpiresAt" FROM "TestInstances"
        WHERE "PartnerInterviewId" = $partnerInterviewId AND "OrganizationId" = $organizationId LIMIT 1
        """;

    private static readonly string[] LiveKeyParameters = ["$hash"];
    private static readonly string[] TestsOfParameters = ["$organizationId"];
    private static readonly string[] StatusOfParameters = ["$partnerInterviewId", "$organizationId"];

    public Task<GreenhouseKey?> LiveKeyAsync(string keyHash, CancellationToken cancellationToken) =>
        ReadOneAsync(db, LiveKeySql, LiveKeyParameters, [keyHash], r => new GreenhouseKey(ParseGuid(r, 0), ParseGuid(r, 1)), cancellationToken);

    public async Task<IReadOnlyList<GreenhouseTestDto>> TestsOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await ReadAllAsync(db, TestsOfSql, TestsOfParameters, [Text(organizationId)],
            r => new GreenhouseTestDto { PartnerTestId = r.GetString(0), PartnerTestName = r.GetString(1) }, cancellationToken);

    public Task<TestStatusResult?> StatusOfAsync(string partnerInterviewId, Guid organizationId, CancellationToken cancellationToken) =>
        ReadOneAsync(db, StatusOfSql, StatusOfParameters, [partnerInterviewId, Text(organizationId)],
            r => TestStatusResult.From(Enum.Parse<TestStatus>(r.GetString(0)), r.IsDBNull(1) ? null : r.GetString(1),
                r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : new DateTimeOffset(r.GetInt64(5), TimeSpan.Zero)),
            cancellationToken);
}
