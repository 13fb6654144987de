using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;
using Partner.Application.GreenhouseAssessment.TestInstances;
using Partner.WebApi.Telemetry;

namespace Partner.WebApi.OpenApi;

/// <summary>
/// What API Explorer cannot see: the Prometheus endpoint (mapped, not an action) and the fields of the candidate's answers
/// form, read raw because their names (q0, q1, …) depend on the test.
/// </summary>
public sealed class UnroutedOperationsDocumentProcessor(bool prometheusEnabled) : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (prometheusEnabled)
        {
            document.Paths[TelemetrySetup.MetricsPath] = new OpenApiPathItem { [OpenApiOperationMethod.Get] = MetricsOperation() };
        }

        if (document.Paths.TryGetValue("/" + CandidateLinks.QuestionsRoute, out var questions)
            && questions.TryGetValue(OpenApiOperationMethod.Post, out var submit))
        {
            submit.RequestBody = AnswersForm();
        }
    }

    private static OpenApiOperation MetricsOperation()
    {
        var operation = new OpenApiOperation
        {
            OperationId = "Metrics_Scrape",
            Summary = "The service's metrics in the Prometheus text format, for the operators' scraper.",
            Description = "Connect decisions, test-connection checks, outbox backlog and deliveries, HTTP server and client "
                + "metrics (meter Partner and ASP.NET Core's). Removed when Telemetry:PrometheusEnabled is false.",
            Tags = { "Metrics" },
            Security = [new OpenApiSecurityRequirement { [AuthenticationSchemeOperationProcessor.Bearer] = [] }],
        };
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "Prometheus text exposition format.",
            Content =
            {
                ["text/plain"] = new OpenApiMediaType
                {
                    Schema = new JsonSchema { Type = JsonObjectType.String },
                    Example = "# TYPE partner_connect_requests_total counter\npartner_connect_requests_total{outcome=\"handled\",redirect_value=\"create_trial\"} 3\n",
                },
            },
        };
        operation.Responses["401"] = new OpenApiResponse { Description = "unauthorized: missing or wrong admin key." };
        return operation;
    }

    private static OpenApiRequestBody AnswersForm() => new()
    {
        IsRequired = true,
        Description = "One field per answered question: q{i} holds the index of the choice picked for question i.",
        Content =
        {
            ["application/x-www-form-urlencoded"] = new OpenApiMediaType
            {
                Schema = new JsonSchema
                {
                    Type = JsonObjectType.Object,
                    AdditionalPropertiesSchema = new JsonSchema { Type = JsonObjectType.Integer, Minimum = 0 },
                },
                Example = new Dictionary<string, int> { ["q0"] = 2, ["q1"] = 0 },
            },
        },
    };
}
