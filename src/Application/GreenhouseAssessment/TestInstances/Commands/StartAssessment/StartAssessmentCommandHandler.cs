using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.StartAssessment;

public sealed class StartAssessmentCommandHandler(
    IApplicationDbContext db, IOptions<GreenhouseOptions> options, TimeProvider time, ILogger<StartAssessmentCommandHandler> logger)
    : IRequestHandler<StartAssessmentCommand, StartAssessmentResult>
{
    public async Task<StartAssessmentResult> Handle(StartAssessmentCommand request, CancellationToken cancellationToken)
    {
        var instance = await db.TestInstances.FirstOrDefaultAsync(i => i.CandidateTokenHash == OpaqueIds.HashToken(request.Token), cancellationToken)
            ?? throw GreenhouseErrors.LinkNotFound();
        instance.Start(time.GetUtcNow());

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Test instance {PartnerInterviewId} started", instance.PartnerInterviewId);
        var brand = CandidateBrand.Of(await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == instance.OrganizationId, cancellationToken));
        if (await db.AssessmentTests.AnyAsync(t => t.Id == instance.AssessmentTestId && t.QuestionsJson != null, cancellationToken))
        {
            return new StartAssessmentResult(null, brand, RunByService: true);
        }

        var assessmentUrl = options.Value.AssessmentUrl;
        if (string.IsNullOrWhiteSpace(assessmentUrl))
        {
            return new StartAssessmentResult(null, brand);
        }

        var separator = assessmentUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new StartAssessmentResult($"{assessmentUrl}{separator}partner_interview_id={Uri.EscapeDataString(instance.PartnerInterviewId)}", brand);
    }
}
