using Partner.Application.GreenhouseAssessment.Admin.Organizations;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.DeleteAssessmentTest;

public sealed class DeleteAssessmentTestCommandHandler(IApplicationDbContext db) : IRequestHandler<DeleteAssessmentTestCommand, Unit>
{
    public async Task<Unit> Handle(DeleteAssessmentTestCommand request, CancellationToken cancellationToken)
    {
        await db.EnsureExistsAsync(request.OrganizationId, cancellationToken);
        var test = await db.AssessmentTests.FirstOrDefaultAsync(
                t => t.OrganizationId == request.OrganizationId && t.PartnerTestId == request.PartnerTestId, cancellationToken)
            ?? throw new PartnerException(ErrorReason.NotFound, "The organization has no test with this partner_test_id.");
        if (await db.TestInstances.AnyAsync(i => i.AssessmentTestId == test.Id, cancellationToken))
        {
            throw new PartnerException(ErrorReason.Conflict,
                "This test was sent to candidates: it cannot be deleted while Greenhouse can still ask for their status.");
        }

        db.AssessmentTests.Remove(test);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
