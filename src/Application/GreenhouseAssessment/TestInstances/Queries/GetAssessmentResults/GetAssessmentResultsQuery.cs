using System.Text.Json;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults;

/// <summary>The recruiter's results page of a test the service ran (the partner_profile_url Greenhouse shows).</summary>
public sealed record GetAssessmentResultsQuery(string ResultsToken) : IRequest<AssessmentResultsModel>
{
    public override string ToString() => "GetAssessmentResultsQuery { ResultsToken = *** }";
}

public sealed record AssessmentResultsModel(string CandidateName, string TestName, string OrganizationName, double Score, int Correct, int Total,
    long DurationSeconds, bool? Passed, int? PassMarkPercent, bool Expired, DateTimeOffset CompletedAt, IReadOnlyList<QuestionResult> Questions);

/// <summary>One question: what was asked, what the candidate chose (null: nothing), and the correct choice.</summary>
public sealed record QuestionResult(string Prompt, string? Chosen, string Correct, bool IsCorrect);

public sealed class GetAssessmentResultsQueryHandler(IApplicationDbContext db) : IRequestHandler<GetAssessmentResultsQuery, AssessmentResultsModel>
{
    public async Task<AssessmentResultsModel> Handle(GetAssessmentResultsQuery request, CancellationToken cancellationToken)
    {
        var found = await (
                from instance in db.TestInstances.AsNoTracking()
                join test in db.AssessmentTests.AsNoTracking() on instance.AssessmentTestId equals test.Id
                join organization in db.Organizations.AsNoTracking() on instance.OrganizationId equals organization.Id
                where instance.ResultsTokenHash == OpaqueIds.HashToken(request.ResultsToken)
                select new { instance, test, organization.Name })
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
        return new AssessmentResultsModel($"{found.instance.FirstName} {found.instance.LastName}", found.test.Name, found.Name,
            found.instance.Score ?? 0, questions.Count(q => q.IsCorrect), questions.Count,
            root.TryGetProperty("duration_seconds", out var duration) ? duration.GetInt64() : 0,
            root.TryGetProperty("passed", out var passed) && passed.ValueKind is JsonValueKind.True or JsonValueKind.False ? passed.GetBoolean() : null,
            found.test.PassMarkPercent, root.TryGetProperty("expired", out _), found.instance.CompletedAt ?? found.instance.UpdatedAt, questions);
    }
}
