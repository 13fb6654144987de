using Microsoft.AspNetCore.Authorization;

namespace Partner.WebApi.Authentication;

/// <summary>A full key may call every admin endpoint; a scoped key one whose <see cref="AdminScopeAttribute"/> it holds, and with read every GET.</summary>
public sealed class AdminScopeRequirement : AuthorizationHandler<AdminScopeRequirement>, IAuthorizationRequirement
{
    public const string Policy = "Admin";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminScopeRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var granted = context.User.FindAll(AdminScopes.ClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var http = context.Resource as HttpContext;
        var needed = http?.GetEndpoint()?.Metadata.GetMetadata<AdminScopeAttribute>()?.Scope;
        if (granted.Contains(AdminScopes.Everything)
            || (needed is not null && granted.Contains(needed))
            || (granted.Contains(AdminScopes.Read) && HttpMethods.IsGet(http?.Request.Method ?? string.Empty)
                && http!.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
