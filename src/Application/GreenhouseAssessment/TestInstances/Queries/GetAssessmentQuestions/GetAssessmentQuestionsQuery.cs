using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentQuestions;

/// <summary>The questions of a started test the service runs, without their answers, and the deadline.</summary>
public sealed record GetAssessmentQuestionsQuery(string Token) : IRequest<AssessmentQuestionsModel>
{
    public override string ToString() => "GetAssessmentQuestionsQuery { Token = *** }";
}

/// <summary>What the question form shows. <paramref name="Deadline"/> includes no grace; null without a time limit.</summary>
public sealed record AssessmentQuestionsModel(string GreetingName, string TestName, CandidateBrand Brand, TestStatus Status, IReadOnlyList<QuestionView> Questions,
    Deadline? Deadline, bool TimeIsUp);

/// <summary>A question as the candidate sees it: no correct answer.</summary>
public sealed record QuestionView(string Prompt, IReadOnlyList<string> Choices);

public sealed class GetAssessmentQuestionsQueryHandler(IApplicationDbContext db, TimeProvider time)
    : IRequestHandler<GetAssessmentQuestionsQuery, AssessmentQuestionsModel>
{
    public async Task<AssessmentQuestionsModel> Handle(GetAssessmentQuestionsQuery request, CancellationToken cancellationToken)
    {
        var found = await (
                from instance in db.TestInstances.AsNoTracking()
                join test in db.AssessmentTests.AsNoTracking() on instance.AssessmentTestId equals test.Id
                join organization in db.Organizations.AsNoTracking() on instance.OrganizationId equals organization.Id
                where instance.CandidateTokenHash == OpaqueIds.HashToken(request.Token)
                select new { instance, test, organization })
            .FirstOrDefaultAsync(cancellationToken) ?? throw GreenhouseErrors.LinkNotFound();
        if (!found.test.IsRunByService)
        {
            throw new PartnerException(ErrorReason.NotFound, "This test is taken in the assessment product: follow the instructions you were given.");
        }

        if (found.instance.Status == TestStatus.Sent)
        {
            throw new PartnerException(ErrorReason.Conflict, "Press start on the page of your link first.");
        }

        var deadline = found.instance.DeadlineFor(found.test);
        var now = time.GetUtcNow();
        var brand = CandidateBrand.Of(found.organization);
        return new AssessmentQuestionsModel(found.instance.GreetingName, found.test.Name, brand, found.instance.Status,
            [.. found.test.Questions.Select(q => new QuestionView(q.Prompt, q.Choices))],
            deadline is { } limit ? brand.Describe(limit - TestInstance.SubmissionGrace, now) : null, deadline is { } d && now > d);
    }
}
