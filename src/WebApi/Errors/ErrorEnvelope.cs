using System.Text.Json.Serialization;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.WebApi.Errors;

/// <summary>Every error body of this service (contract: "Failure Responses"): Databricks, Greenhouse and admin alike.</summary>
public sealed record ErrorEnvelope
{
    /// <summary>The error enum value.</summary>
    /// <example>bad_request</example>
    public required ErrorReason ErrorReason { get; init; }

    /// <summary>For the person in the Databricks UI (shown for 404 and 500).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisplayMessage { get; init; }

    /// <summary>For developers; never contains a secret, SQL or a stack trace.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DebuggingMessage { get; init; }

    /// <summary>With upstream_error (502): what the Databricks workspace answered (status, error_code, message).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UpstreamError? Upstream { get; init; }

    /// <summary>With authorization_required (409): the page where a user of the workspace authorizes the connection.</summary>
    /// <example>https://partner.example.com/sign-in?token=CfDJ8...</example>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AuthorizationUrl { get; init; }
}
