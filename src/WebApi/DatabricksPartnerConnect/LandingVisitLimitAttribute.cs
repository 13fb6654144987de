using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;
using Partner.WebApi.RateLimiting;

namespace Partner.WebApi.DatabricksPartnerConnect;

/// <summary>
/// At most RateLimiting:LandingPerVisit submissions per window of one landing visit (its token, from the form or the
/// query), so one visit cannot make the service call a customer's workspace hundreds of times. Over it: 429, as a page.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LandingVisitLimitAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var token = request.HasFormContentType ? (await request.ReadFormAsync()).GetValueOrEmpty("token") : request.Query["token"].ToString();
        var visits = context.HttpContext.RequestServices.GetRequiredService<LandingVisits>();
        if (!visits.Admit(token))
        {
            throw new PartnerException(ErrorReason.TooManyRequests, "This page was used too often in a short time. Wait a minute, then try again.");
        }

        await next();
    }
}

/// <summary>The per-visit windows of <see cref="LandingVisitLimitAttribute"/>, keyed by a hash of the visit's token.</summary>
public sealed class LandingVisits(IOptionsMonitor<RateLimitingOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(visit =>
    {
        var settings = options.CurrentValue;
        return RateLimitPartition.GetFixedWindowLimiter(visit,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.LandingPerVisit, Window = settings.Window, QueueLimit = 0 });
    });

    public bool Admit(string token)
    {
        if (!options.CurrentValue.Enabled)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

internal static class FormValues
{
    public static string GetValueOrEmpty(this IFormCollection form, string key) => form.TryGetValue(key, out var value) ? value.ToString() : string.Empty;
}
