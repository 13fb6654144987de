using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.Application.Common.Behaviours;

/// <summary>
/// Logs the request type, outcome and elapsed time, never the request (it may carry secrets). Successes are Debug: a
/// line per request costs a fifth of a sign-in's CPU (Logging:LogLevel:Partner.Application=Debug shows them).
/// </summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<TRequest> logger) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogDebug("{RequestType} handled in {ElapsedMs:0.0} ms", typeof(TRequest).Name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (PartnerException ex)
        {
            logger.LogInformation("{RequestType} refused: {ErrorReason} in {ElapsedMs:0.0} ms", typeof(TRequest).Name,
                ex.Reason, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (DomainRuleException)
        {
            logger.LogInformation("{RequestType} refused: {ErrorReason} in {ElapsedMs:0.0} ms", typeof(TRequest).Name,
                ErrorReason.Conflict, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (ValidationException ex)
        {
            logger.LogInformation("{RequestType} invalid: {FailureCount} validation failures on {Properties}", typeof(TRequest).Name,
                ex.Errors.Count(), string.Join(", ", ex.Errors.Select(e => e.PropertyName).Distinct()));
            throw;
        }
    }
}
