using System.Text.Json;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentResults;

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
