using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Domain.Common;
using Partner.WebApi.DatabricksPartnerConnect;
using Partner.WebApi.Errors;

namespace Partner.WebApi.RateLimiting;

/// <summary>
/// Fixed-window rate limiting of the partner endpoints (/partners/*) per client: the presented credential (hashed, so
/// no secret is kept), else the remote IP; and of the landing pages' actions (<see cref="LandingActions"/>) per client
/// address. A rejection is 429 with the envelope and Retry-After. The landing actions are limited per visit too
/// (<see cref="LandingVisitLimitAttribute"/>): every Test connection calls the customer's workspace with its credential.
/// </summary>
public static class PartnerRateLimiting
{
    public const string PartnerPathPrefix = "/partners";

    public static IServiceCollection AddPartnerRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RateLimitingOptions, RateLimitingOptionsValidator>(configuration, RateLimitingOptions.Section);

        services.AddSingleton<LandingVisits>();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                if (options.Enabled && IsLandingAction(context.Request))
                {
                    return RateLimitPartition.GetFixedWindowLimiter("landing-ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LandingPerAddress, Window = options.Window, QueueLimit = 0 });
                }

                if (!options.Enabled || !context.Request.Path.StartsWithSegments(PartnerPathPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                return RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<ErrorResponses>().WriteAsync(context.HttpContext,
                    ErrorReason.TooManyRequests, "Too many requests. Please retry later.", "Rate limit exceeded for this client.");
            };
        });
        return services;
    }

    /// <summary>The landing pages' actions: what a visit's forms and links do (each may write, or call a workspace).</summary>
    public static readonly (string Method, string Path)[] LandingActions =
    [
        ("POST", Application.DatabricksPartnerConnect.Landing.LandingPaths.CreateTrial),
        ("POST", Controllers.DatabricksPartnerConnect.LandingPagesController.TestConnectionPath),
        ("GET", Application.DatabricksPartnerConnect.Landing.LandingPaths.OAuthAuthorize),
    ];

    private static bool IsLandingAction(HttpRequest request) =>
        LandingActions.Any(a => a.Method == request.Method && request.Path.Equals(a.Path, StringComparison.OrdinalIgnoreCase));

    private static string ClientKey(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!string.IsNullOrEmpty(authorization))
        {
            return "credential:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)));
        }

        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
