using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Greenhouse;

namespace Partner.Application.Greenhouse;

/// <summary>
/// Finds the organization of a Greenhouse API key (by its hash), remembering the answer for
/// <see cref="GreenhouseOptions.ApiKeyCacheDuration"/> so that every Greenhouse call does not start with a query.
/// A revocation forgets the key at once on this instance; another instance may accept it until its entry expires.
/// </summary>
public sealed class GreenhouseKeyResolver(IMemoryCache cache, IServiceScopeFactory scopes, IOptionsMonitor<GreenhouseOptions> options)
{
    // A compiled query: see CompiledQueries.
    private static readonly PerModelQuery<Func<DbContext, string, CancellationToken, Task<Guid?>>> OrganizationOfKey = new(() =>
        EF.CompileAsyncQuery((DbContext context, string hash, CancellationToken _) => context.Set<OrganizationApiKey>().AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => (Guid?)k.OrganizationId)
            .FirstOrDefault()));

    public async Task<Guid?> ResolveAsync(string apiKey, CancellationToken cancellationToken)
    {
        var hash = GreenhouseApiKeys.Hash(apiKey);
        if (cache.TryGetValue(CacheKey(hash), out Guid cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var context = db.AsDbContext();
        var organizationId = await OrganizationOfKey.For(context)(context, hash, cancellationToken);
        var duration = options.CurrentValue.ApiKeyCacheDuration;
        if (organizationId is { } found && duration > TimeSpan.Zero)
        {
            cache.Set(CacheKey(hash), found, duration);
        }

        return organizationId;
    }

    public void Forget(string keyHash) => cache.Remove(CacheKey(keyHash));

    private static string CacheKey(string hash) => "greenhouse-key:" + hash;
}
