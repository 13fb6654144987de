using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Generation.TypeMappers;
using NSwag;
using Partner.Application.Common.Configuration;
using Partner.Domain.Common;
using Partner.WebApi.Authentication;
using Partner.WebApi.DatabricksPartnerConnect;
using Partner.WebApi.DatabricksSelfTesting;
using Partner.WebApi.Errors;
using Partner.WebApi.GreenhouseAssessment;
using Partner.WebApi.OpenApi;
using Partner.WebApi.Operations;
using Partner.WebApi.RateLimiting;
using Partner.WebApi.Routing;

namespace Partner.WebApi;

public static class DependencyInjection
{
    /// <summary>The wire format of every contract: snake_case properties and enums, nulls kept unless a property says otherwise.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new TextWithoutNulConverter());
        // null for a non-nullable member is a binding error (400), not a NullReferenceException later.
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        // A key sent twice is ambiguous (which one did the sender mean?): refuse it instead of letting the last one win.
        options.AllowDuplicateProperties = false;
    }

    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSingleton<ErrorResponses>();
        services.AddSingleton<Pages.LandingBrandingSource>();
        services.AddExceptionHandler<PartnerExceptionHandler>();
        services.AddProblemDetails();

        services.AddControllersWithViews(o =>
            {
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                o.ModelMetadataDetailsProviders.Add(new NoModelValidation());
            })
            .AddJsonOptions(o => ConfigureJson(o.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(o =>
            {
                // 404/405/415 from MVC go through the status-code writer instead of ProblemDetails.
                o.SuppressMapClientErrors = true;
                o.InvalidModelStateResponseFactory = context => new BadRequestObjectResult(new ErrorEnvelope
                {
                    ErrorReason = ErrorReason.BadRequest,
                    DebuggingMessage = string.Join(" ", context.ModelState
                        .Where(e => e.Value?.Errors.Count > 0)
                        .Select(e => $"{(string.IsNullOrEmpty(e.Key) ? "body" : e.Key)}: {string.Join("; ", e.Value!.Errors.Select(DescribeError))}")),
                })
                { ContentTypes = { "application/json" } };
            });
        services.AddSingleton<IConfigureOptions<MvcOptions>, PartnerRoutesSetup>();

        services.AddValidatedOptions<HttpLimitsOptions, HttpLimitsOptionsValidator>(configuration, HttpLimitsOptions.Section);

        var forwarded = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o => ForwardedHeadersSettings.Configure(o, forwarded));

        // The rules that depend on the environment, beside each section's own validator (DeploymentRules).
        services.AddSingleton<Startup.DeploymentSettingsValidator>();
        services.AddSingleton<IValidateOptions<PartnerConnectOptions>>(sp => sp.GetRequiredService<Startup.DeploymentSettingsValidator>());
        services.AddSingleton<IValidateOptions<AdminOptions>>(sp => sp.GetRequiredService<Startup.DeploymentSettingsValidator>());
        services.AddSingleton<IValidateOptions<Application.GreenhouseAssessment.GreenhouseOptions>>(sp => sp.GetRequiredService<Startup.DeploymentSettingsValidator>());
        services.AddSingleton<IValidateOptions<Infrastructure.Security.KeyRingOptions>>(sp => sp.GetRequiredService<Startup.DeploymentSettingsValidator>());

        services.AddValidatedOptions<FailureThrottleOptions, FailureThrottleOptionsValidator>(configuration, FailureThrottleOptions.Section);
        services.AddSingleton<FailedAuthenticationThrottle>();
        services.AddPartnerRateLimiting(configuration);

        services.AddDatabricksPartnerConnectWebApi();
        services.AddDatabricksSelfTestingWebApi();
        services.AddGreenhouseAssessmentWebApi();
        services.AddOperationsWebApi(configuration);

        NJsonSchemaLoadShim.Install();
        services.AddEndpointsApiExplorer();
        services.AddOpenApiDocument((settings, provider) =>
        {
            settings.Title = "Partner";
            settings.Description = "Databricks Partner Connect and Greenhouse Assessment partner APIs, and the operators' admin API.";
            settings.Version = "v1";
            settings.DocumentName = "v1";
            settings.SchemaSettings.DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull;
            // contract: unknown extra request fields are accepted and ignored; Greenhouse may add properties at any time.
            settings.SchemaSettings.AlwaysAllowAdditionalObjectProperties = true;
            // A JsonObject (Greenhouse metadata) is a flat JSON object of primitives, not a list of key/value pairs.
            settings.SchemaSettings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(System.Text.Json.Nodes.JsonObject), schema =>
            {
                schema.Type = JsonObjectType.Object;
                schema.AdditionalPropertiesSchema = new JsonSchema
                {
                    Type = JsonObjectType.String | JsonObjectType.Number | JsonObjectType.Boolean | JsonObjectType.Null,
                };
            }));
            settings.AddSecurity(AuthenticationSchemeOperationProcessor.Basic, new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.Basic,
                Description = "Databricks Partner Connect: a PartnerConnect:Credentials pair.",
            });
            settings.AddSecurity(AuthenticationSchemeOperationProcessor.GreenhouseBasic, new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.Basic,
                Description = "Greenhouse Assessment: an organization's API key as user name, empty password.",
            });
            settings.AddSecurity(AuthenticationSchemeOperationProcessor.Bearer, new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Operators: a key of Admin:ApiKeys, or of Admin:ScopedKeys for the endpoints its scopes open (metrics, test-status, tokens, read).",
            });
            settings.OperationProcessors.Add(new AuthenticationSchemeOperationProcessor());
            settings.DocumentProcessors.Add(new UnroutedOperationsDocumentProcessor(Telemetry.TelemetrySetup.PrometheusEnabled(configuration)));
        });
        return services;
    }

    private static string DescribeError(Microsoft.AspNetCore.Mvc.ModelBinding.ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "invalid value" : error.ErrorMessage;
}
