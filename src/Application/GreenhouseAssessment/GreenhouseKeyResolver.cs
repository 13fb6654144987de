using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Interfaces;

namespace Partner.Application.GreenhouseAssessment;

/// <summary>
/// Finds a live Greenhouse API key and its organization (by the key's hash), remembering the answer for
/// <see cref="GreenhouseOptions.ApiKeyCacheDuration"/> so that every Greenhouse call does not start with a query.
/// A revocation forgets the key at once on this instance; another instance may accept it until its entry expires.
/// </summary>
public sealed class GreenhouseKeyResolver(
    IMemoryCache cache, IServiceScopeFactory scopes, IOptionsMonitor<GreenhouseOptions> options, IDeploymentEnvironment environment)
{
    public async Task<GreenhouseKey?> ResolveAsync(string apiKey, CancellationToken cancellationToken)
    {
        // The Development seed's key is refused elsewhere, even if a database first used in Development still holds it.
        if (apiKey == Common.Configuration.DevelopmentDefaults.GreenhouseApiKey && !environment.IsDevelopment)
        {
            return null;
        }

        var hash = GreenhouseApiKeys.Hash(apiKey);
        if (cache.TryGetValue(CacheKey(hash), out GreenhouseKey? cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<IGreenhouseReader>().LiveKeyAsync(hash, cancellationToken);
        var duration = options.CurrentValue.ApiKeyCacheDuration;
        if (key is not null && duration > TimeSpan.Zero)
        {
            cache.Set(CacheKey(hash), key, duration);
        }

        if (key is not null)
        {
            await RecordUseAsync(scope.ServiceProvider, key.KeyId, cancellationToken);
        }

        return key;
    }

    /// <summary>
    /// The key's last use, for operators (GET /admin/organizations/{id}/api-keys): written when the key is looked up, so
    /// at most once per cache period and instance. A failure to write it never fails the caller's authentication.
    /// </summary>
    private static async Task RecordUseAsync(IServiceProvider services, Guid keyId, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        try
        {
            var db = services.GetRequiredService<IApplicationDbContext>();
            await db.ExecuteWriteAsync(token => db.OrganizationApiKeys.Where(k => k.Id == keyId)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), token), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<GreenhouseKeyResolver>>().LogWarning(ex, "Could not record the last use of API key {KeyId}", keyId);
        }
    }

    public void Forget(string keyHash) => cache.Remove(CacheKey(keyHash));

    private static string CacheKey(string hash) => "greenhouse-key:" + hash;
}
