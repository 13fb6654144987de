using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SubmitAnswers;

public sealed class SubmitAnswersCommandHandler(
    IApplicationDbContext db, ISecretProtector secrets, IOptions<PartnerConfig> partnerConfig, TimeProvider time, ILogger<SubmitAnswersCommandHandler> logger)
    : IRequestHandler<SubmitAnswersCommand, SubmitAnswersResult>
{
    public async Task<SubmitAnswersResult> Handle(SubmitAnswersCommand request, CancellationToken cancellationToken)
    {
        var instance = await db.TestInstances.FirstOrDefaultAsync(i => i.CandidateTokenHash == OpaqueIds.HashToken(request.Token), cancellationToken)
            ?? throw GreenhouseErrors.LinkNotFound();
        var test = await db.AssessmentTests.AsNoTracking().FirstAsync(t => t.Id == instance.AssessmentTestId, cancellationToken);
        var now = time.GetUtcNow();
        var questions = test.Questions;
        if (request.Answers.Count > questions.Count
            || request.Answers.Select((a, i) => a is null || (a >= 0 && i < questions.Count && a < questions[i].Choices.Count)).Any(ok => !ok))
        {
            throw new PartnerException(ErrorReason.BadRequest, "An answer does not match the test's questions.");
        }

        var resultsToken = OpaqueIds.NewCandidateToken();
        var submission = instance.SubmitAnswers(test, request.Answers, OpaqueIds.HashToken(resultsToken),
            secrets.Protect(CandidateLinks.Results(partnerConfig.Value.BaseUrl, resultsToken)), now);

        if (submission.Callback is { } callback)
        {
            db.OutboxMessages.Add(callback);
        }

        var expired = submission.Expired;

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Test instance {PartnerInterviewId} answered: score {Score}{Expired}", instance.PartnerInterviewId, instance.Score,
            expired ? " (after the time limit)" : string.Empty);
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == instance.OrganizationId, cancellationToken);
        return new SubmitAnswersResult(instance.GreetingName, test.Name, expired, CandidateBrand.Of(organization));
    }
}
