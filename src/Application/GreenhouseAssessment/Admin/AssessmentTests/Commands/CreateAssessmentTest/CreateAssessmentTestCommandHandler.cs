using AutoMapper;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;
using Partner.Application.GreenhouseAssessment.Admin.Organizations;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.CreateAssessmentTest;

public sealed class CreateAssessmentTestCommandHandler(IApplicationDbContext db, TimeProvider time, IMapper mapper)
    : IRequestHandler<CreateAssessmentTestCommand, AssessmentTestDto>
{
    public async Task<AssessmentTestDto> Handle(CreateAssessmentTestCommand request, CancellationToken cancellationToken)
    {
        await db.EnsureExistsAsync(request.OrganizationId, cancellationToken);
        var questions = request.Questions?.Select(q => new AssessmentQuestion(q.Prompt.Trim(), [.. q.Choices.Select(c => c.Trim())], q.CorrectChoice))
            .ToList();
        var test = AssessmentTest.Create(request.OrganizationId, request.PartnerTestId ?? OpaqueIds.NewPartnerTestId(),
            request.PartnerTestName, time.GetUtcNow(), questions, request.TimeLimitMinutes, request.PassMarkPercent,
            request.InvitationLifetimeDays, request.ReminderDaysBeforeExpiry);
        db.AssessmentTests.Add(test);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsUniqueConstraintViolation(ex))
        {
            throw new PartnerException(ErrorReason.Conflict, "This organization already has a test with this partner_test_id.");
        }

        return mapper.Map<AssessmentTestDto>(test);
    }
}
