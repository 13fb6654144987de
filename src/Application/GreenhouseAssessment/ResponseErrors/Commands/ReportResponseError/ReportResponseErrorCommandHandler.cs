using System.Text.Json;
using Microsoft.Extensions.Logging;
using Partner.Application.Common.Interfaces;
using Partner.Application.Common.Metrics;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.ResponseErrors.Commands.ReportResponseError;

public sealed class ReportResponseErrorCommandHandler(
    IApplicationDbContext db, TimeProvider time, PartnerMetrics metrics, ILogger<ReportResponseErrorCommandHandler> logger)
    : IRequestHandler<ReportResponseErrorCommand, Unit>
{
    public async Task<Unit> Handle(ReportResponseErrorCommand request, CancellationToken cancellationToken)
    {
        var error = ResponseError.Record(request.OrganizationId, request.ApiCall, JsonSerializer.Serialize(request.Errors),
            request.PartnerTestId, request.PartnerTestName, request.PartnerInterviewId, request.CandidateEmail, time.GetUtcNow());
        db.ResponseErrors.Add(error);
        await db.SaveChangesAsync(cancellationToken);
        metrics.GreenhouseResponseError(request.ApiCall);
        // docs/greenhouse.md "The contract": our early warning, so a warning; identifiers only.
        logger.LogWarning("Greenhouse reported {ErrorCount} errors in our {ApiCall} answer (interview {PartnerInterviewId}), stored as {ResponseErrorId}",
            request.Errors.Count, request.ApiCall, request.PartnerInterviewId, error.Id);
        return Unit.Value;
    }
}
