using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Behaviours;

/// <summary>
/// Records when Greenhouse last called with a key: operators see it, and the completion callback authenticates with it.
/// Runs after validation, so a refused call records nothing; at most once per
/// <see cref="GreenhouseOptions.ApiKeyCacheDuration"/> and key on this instance. A failed write is logged and the call goes on.
/// </summary>
public sealed class ApiKeyUseBehaviour<TRequest, TResponse>(
    IApplicationDbContext db, IMemoryCache cache, IOptionsMonitor<GreenhouseOptions> options, TimeProvider time, ILogger<TRequest> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IGreenhouseCall
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(next);
        if (request.ApiKeyId != Guid.Empty && IsDue(request.ApiKeyId))
        {
            await RecordAsync(request.ApiKeyId, cancellationToken);
        }

        return await next();
    }

    /// <summary>Whether this instance has not recorded the key within the period; claims the period when it has not.</summary>
    private bool IsDue(Guid keyId)
    {
        var period = options.CurrentValue.ApiKeyCacheDuration;
        if (period <= TimeSpan.Zero)
        {
            return true;
        }

        var entry = "greenhouse-key-use:" + keyId.ToString("N");
        if (cache.TryGetValue(entry, out _))
        {
            return false;
        }

        // Claimed before the write, so concurrent calls do not write too; a failed write is tried again after the period.
        cache.Set(entry, true, period);
        return true;
    }

    private async Task RecordAsync(Guid keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            await db.ExecuteWriteAsync(token => db.OrganizationApiKeys.Where(k => k.Id == keyId)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), token), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not record the last use of API key {KeyId}; the call goes on", keyId);
        }
    }
}
