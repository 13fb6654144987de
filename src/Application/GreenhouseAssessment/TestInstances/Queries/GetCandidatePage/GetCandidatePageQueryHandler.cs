using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Branding;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;

public sealed class GetCandidatePageQueryHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<GetCandidatePageQuery, CandidatePageModel>
{
    public async Task<CandidatePageModel> Handle(GetCandidatePageQuery request, CancellationToken cancellationToken)
    {
        var found = await (
                from instance in db.TestInstances.AsNoTracking()
                join test in db.AssessmentTests on instance.AssessmentTestId equals test.Id
                join organization in db.Organizations.AsNoTracking() on instance.OrganizationId equals organization.Id
                where instance.CandidateTokenHash == OpaqueIds.HashToken(request.Token)
                select new { instance, test.Name, RunByService = test.QuestionsJson != null, test.TimeLimitMinutes, organization })
            .FirstOrDefaultAsync(cancellationToken) ?? throw GreenhouseErrors.LinkNotFound();
        var now = time.GetUtcNow();
        var brand = CandidateBrand.Of(found.organization);
        return new CandidatePageModel(found.instance.GreetingName, found.Name, brand, found.instance.StatusAt(now), found.RunByService,
            found.TimeLimitMinutes, found.instance.InvitationExpiresAt is { } expiresAt ? brand.Describe(expiresAt, now) : null);
    }
}
