using Microsoft.AspNetCore.Authorization;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;
using Partner.WebApi.Authentication;

namespace Partner.WebApi.OpenApi;

public sealed class AuthenticationSchemeOperationProcessor : IOperationProcessor
{
    public const string Basic = "Basic";
    public const string Bearer = "Bearer";
    public const string GreenhouseBasic = "GreenhouseBasic";

    public bool Process(OperationProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context is not AspNetCoreOperationProcessorContext aspNet)
        {
            return true;
        }

        var schemes = aspNet.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AuthorizeAttribute>()
            .SelectMany(a => (a.AuthenticationSchemes ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var scheme in schemes.Distinct())
        {
            var name = scheme switch
            {
                PartnerAuthenticationSchemes.AdminBearer => Bearer,
                PartnerAuthenticationSchemes.GreenhouseBasic => GreenhouseBasic,
                _ => Basic,
            };
            context.OperationDescription.Operation.Security ??= [];
            context.OperationDescription.Operation.Security.Add(new OpenApiSecurityRequirement { [name] = [] });
        }

        return true;
    }
}
