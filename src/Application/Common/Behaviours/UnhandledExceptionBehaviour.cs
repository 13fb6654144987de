using Microsoft.Extensions.Logging;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.Application.Common.Behaviours;

/// <summary>Logs an unexpected exception with the request's type name (never its content) and rethrows.</summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<TRequest> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next();
        }
        catch (Exception ex) when (ex is not PartnerException and not DomainRuleException and not ValidationException and not OperationCanceledException)
        {
            logger.LogError(ex, "Unhandled exception in {RequestType}", typeof(TRequest).Name);
            throw;
        }
    }
}
