using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetAssessmentQuestions;

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
