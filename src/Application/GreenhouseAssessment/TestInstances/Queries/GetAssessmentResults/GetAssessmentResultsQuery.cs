using System.Text.Json;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults;

/// <summary>The recruiter's results page of a test the service ran (the partner_profile_url Greenhouse shows).</summary>
public sealed record GetAssessmentResultsQuery(string ResultsToken) : IRequest<AssessmentResultsModel>
{
    public override string ToString() => "GetAssessmentResultsQuery { ResultsToken = *** }";
}

/// <summary>
/// The results page: the candidate (and the name they go by), who sent the test, the résumé while Greenhouse's link works
/// (<paramref name="ResumeUrl"/> null after <see cref="Domain.GreenhouseAssessment.TestInstance.ResumeUrlLifetime"/>, then
/// <paramref name="ResumeExpired"/>), the score and every question.
/// </summary>
public sealed record AssessmentResultsModel(string CandidateName, string? PreferredName, string TestName, CandidateBrand Brand, double Score, int Correct,
    int Total, long DurationSeconds, bool? Passed, int? PassMarkPercent, bool Expired, Deadline Completed, IReadOnlyList<QuestionResult> Questions,
    string? SentBy = null, string? PhoneNumber = null, string? ResumeUrl = null, bool ResumeExpired = false);

/// <summary>One question: what was asked, what the candidate chose (null: nothing), and the correct choice.</summary>
public sealed record QuestionResult(string Prompt, string? Chosen, string Correct, bool IsCorrect);

public sealed class GetAssessmentResultsQueryHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<GetAssessmentResultsQuery, AssessmentResultsModel>
{
    public async Task<AssessmentResultsModel> Handle(GetAssessmentResultsQuery request, CancellationToken cancellationToken)
    {
        var found = await (
                from row in db.TestInstances.AsNoTracking()
                join test in db.AssessmentTests.AsNoTracking() on row.AssessmentTestId equals test.Id
                join organization in db.Organizations.AsNoTracking() on row.OrganizationId equals organization.Id
                where row.ResultsTokenHash == OpaqueIds.HashToken(request.ResultsToken)
                select new { instance = row, test, organization })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new PartnerException(ErrorReason.NotFound, "This results link is not valid.");
        var answers = found.instance.Answers;
        var questions = found.test.Questions.Select((q, i) =>
        {
            var chosen = i < answers.Count ? answers[i] : null;
            return new QuestionResult(q.Prompt, chosen is { } c ? q.Choices[c] : null, q.Choices[q.CorrectChoice], chosen == q.CorrectChoice);
        }).ToList();
        using var metadata = JsonDocument.Parse(found.instance.MetadataJson ?? "{}");
        var root = metadata.RootElement;
        var instance = found.instance;
        var now = time.GetUtcNow();
        var brand = CandidateBrand.Of(found.organization);
        return new AssessmentResultsModel($"{instance.FirstName} {instance.LastName}", instance.PreferredName, found.test.Name, brand,
            instance.Score ?? 0, questions.Count(q => q.IsCorrect), questions.Count,
            root.TryGetProperty("duration_seconds", out var duration) ? duration.GetInt64() : 0,
            root.TryGetProperty("passed", out var passed) && passed.ValueKind is JsonValueKind.True or JsonValueKind.False ? passed.GetBoolean() : null,
            found.test.PassMarkPercent, root.TryGetProperty("expired", out _), brand.Describe(instance.CompletedAt ?? instance.UpdatedAt, now), questions,
            instance.SentBy, instance.PhoneNumber, instance.IsResumeUrlValid(now) ? instance.ResumeUrl : null,
            instance.ResumeUrl is not null && !instance.IsResumeUrlValid(now));
    }
}
