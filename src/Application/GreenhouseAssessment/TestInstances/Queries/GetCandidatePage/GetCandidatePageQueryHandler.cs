using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;

public sealed class GetCandidatePageQueryHandler(IApplicationDbContext db) : IRequestHandler<GetCandidatePageQuery, CandidatePageModel>
{
    public async Task<CandidatePageModel> Handle(GetCandidatePageQuery request, CancellationToken cancellationToken)
    {
        var page = await (
                from instance in db.TestInstances.AsNoTracking()
                join test in db.AssessmentTests on instance.AssessmentTestId equals test.Id
                join organization in db.Organizations on instance.OrganizationId equals organization.Id
                where instance.CandidateTokenHash == OpaqueIds.HashToken(request.Token)
                select new CandidatePageModel(instance.FirstName, test.Name, organization.Name, instance.Status, test.QuestionsJson != null,
                    test.TimeLimitMinutes))
            .FirstOrDefaultAsync(cancellationToken);
        return page ?? throw GreenhouseErrors.LinkNotFound();
    }
}
