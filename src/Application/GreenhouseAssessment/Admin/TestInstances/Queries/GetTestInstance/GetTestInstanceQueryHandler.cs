using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.TestInstances.Queries.GetTestInstance;

public sealed class GetTestInstanceQueryHandler(IApplicationDbContext db, ISecretProtector secrets, TimeProvider time)
    : IRequestHandler<GetTestInstanceQuery, TestInstanceDto>
{
    public async Task<TestInstanceDto> Handle(GetTestInstanceQuery request, CancellationToken cancellationToken)
    {
        var found = await (
                from row in db.TestInstances.AsNoTracking()
                join test in db.AssessmentTests.AsNoTracking() on row.AssessmentTestId equals test.Id
                where row.PartnerInterviewId == request.PartnerInterviewId
                select new { instance = row, test.PartnerTestId })
            .FirstOrDefaultAsync(cancellationToken) ?? throw GreenhouseErrors.InterviewNotFound();
        var instance = found.instance;
        // Built here, not by a profile: partner_profile_url needs the secret protector (decryption), partner_status the clock.
        return new TestInstanceDto
        {
            PartnerInterviewId = instance.PartnerInterviewId,
            PartnerTestId = found.PartnerTestId,
            PartnerStatus = instance.StatusAt(time.GetUtcNow()).ToPartnerStatus(),
            PreferredName = instance.PreferredName,
            SentBy = instance.SentBy,
            InvitationExpiresAt = instance.InvitationExpiresAt,
            RemindAt = instance.ReminderMessageId is null ? null : instance.RemindAt,
            RemindedAt = instance.RemindedAt,
            PartnerScore = instance.Score,
            PartnerProfileUrl = instance.ProtectedResultsUrl is { } protectedUrl ? secrets.Unprotect(protectedUrl) : instance.PartnerProfileUrl,
            SentAt = instance.SentAt,
            StartedAt = instance.StartedAt,
            CompletedAt = instance.CompletedAt,
            Answers = instance.AnswersJson is null ? null : instance.Answers,
        };
    }
}
