using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partner.Application.GreenhouseAssessment.Interfaces;

namespace Partner.Application.GreenhouseAssessment;

/// <summary>
/// Finds a live Greenhouse API key and its organization by the key's hash, cached for
/// <see cref="GreenhouseOptions.ApiKeyCacheDuration"/> so that every Greenhouse call does not start with a query.
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

        return key;
    }

    public void Forget(string keyHash) => cache.Remove(CacheKey(keyHash));

    private static string CacheKey(string hash) => "greenhouse-key:" + hash;
}
