using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Partner.Application.Common.Exceptions;

namespace Partner.Infrastructure.Databricks;

/// <summary>The wire format of Databricks' REST API: snake_case JSON, errors as {"error_code", "message"}.</summary>
public static class DatabricksJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static StringContent Content<T>(T body) =>
        new(JsonSerializer.Serialize(body, Options), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>The body as JSON; an empty or non-JSON body reads as an empty object.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? EmptyObject() : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return EmptyObject();
        }
    }

    public static string? GetString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static UpstreamError Error(HttpResponseMessage response, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new UpstreamError((int)response.StatusCode, GetString(body, "error_code"),
            GetString(body, "message") ?? response.ReasonPhrase);
    }

    private static JsonElement EmptyObject() => JsonDocument.Parse("{}").RootElement.Clone();
}
