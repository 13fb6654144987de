using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.Behaviours;

/// <summary>
/// Records when Greenhouse last called with a key: operators see it, and the completion callback authenticates with it.
/// After the use case has answered or refused (an unknown interview still shows which key Greenhouse holds), never
/// after a failure: with the database gone the call fails once, not after a second timeout. A call validation refused
/// records nothing. At most once per <see cref="GreenhouseOptions.ApiKeyCacheDuration"/> and key on this instance; a
/// failed write is logged and the answer goes out.
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
        TResponse response;
        try
        {
            response = await next();
        }
        catch (Exception ex) when (ex is PartnerException or DomainRuleException)
        {
            await RecordIfDueAsync(request.ApiKeyId, cancellationToken);
            throw;
        }

        await RecordIfDueAsync(request.ApiKeyId, cancellationToken);
        return response;
    }

    private async Task RecordIfDueAsync(Guid keyId, CancellationToken cancellationToken)
    {
        if (keyId != Guid.Empty && IsDue(keyId))
        {
            await RecordAsync(keyId, cancellationToken);
        }
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
