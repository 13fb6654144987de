using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Operations.Readiness;
using Partner.WebApi.Authentication;
using Partner.WebApi.Routing;

namespace Partner.WebApi.Operations;

/// <summary>
/// The requirements the web layer holds: every PartnerConfig endpoint has an action at its path (the routes MVC built),
/// and operators have an admin key.
/// </summary>
public sealed class WebApiReadinessProbe(IOptions<PartnerConfig> partnerConfig, IOptions<AdminOptions> admin,
    IActionDescriptorCollectionProvider actions)
    : IReadinessProbe
{
    public int Order => 5;

    public Task<IReadOnlyList<ReadinessCheck>> CheckAsync(CancellationToken cancellationToken)
    {
        var routed = actions.ActionDescriptors.Items.Select(a => a.AttributeRouteInfo?.Template).OfType<string>().Select(Normalize)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The same endpoint → path mapping the routes were built from (connect_path, get_connectors_path, …).
        var convention = new PartnerRoutesConvention(partnerConfig.Value.Endpoints ?? new PartnerEndpoints());
        var paths = Enum.GetValues<PartnerEndpoint>()
            .Select(e => (JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ToString()) + "_path", convention.PathFor(e)))
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).ToList();
        var missing = paths.Where(p => !routed.Contains(Normalize(p.Item2))).Select(p => $"{p.Item1} {p.Item2}").ToList();
        IReadOnlyList<ReadinessCheck> checks =
        [
            missing.Count == 0
                ? ReadinessCheck.Pass("Endpoints routed", $"Every configured endpoint answers: {string.Join(", ", paths.Select(p => p.Item2))}.")
                : ReadinessCheck.Fail("Endpoints routed", $"Not routed: {string.Join(", ", missing)}.",
                    "Correct the PartnerConfig endpoints (each path must be absolute and distinct)."),
            admin.Value.ApiKeys.Any(k => !string.IsNullOrEmpty(k))
                ? ReadinessCheck.Pass("Admin key", "At least one Admin:ApiKeys key is configured.")
                : ReadinessCheck.Fail("Admin key", "No admin key: /admin/* answers 401 and Greenhouse organizations cannot be created.",
                    "Set Admin:ApiKeys:0 to a random key of at least 24 characters."),
        ];
        return Task.FromResult(checks);
    }

    private static string Normalize(string? path) => "/" + (path ?? string.Empty).Trim().Trim('/');
}
