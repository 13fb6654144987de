using AutoMapper;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.SetInvitation;

public sealed class SetInvitationCommandHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<SetInvitationCommand, AssessmentTestDto>
{
    public async Task<AssessmentTestDto> Handle(SetInvitationCommand request, CancellationToken cancellationToken)
    {
        var test = await db.AssessmentTests
            .FirstOrDefaultAsync(t => t.OrganizationId == request.OrganizationId && t.PartnerTestId == request.PartnerTestId, cancellationToken)
            ?? throw GreenhouseErrors.TestNotFound();
        test.SetInvitation(request.InvitationLifetimeDays, request.ReminderDaysBeforeExpiry);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AssessmentTestDto>(test);
    }
}
