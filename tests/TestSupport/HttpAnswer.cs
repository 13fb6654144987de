using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partner.TestSupport;

/// <summary>What the server answered: status, media type and the parsed body (null when empty or not JSON).</summary>
public sealed record HttpAnswer(int Status, string? MediaType, JsonNode? Body, string Raw)
{
    /// <summary>The body as an object; empty when it is not one.</summary>
    public JsonObject Json => Body as JsonObject ?? [];

    public string? Text(string property) => Json[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public override string ToString() => $"HTTP {Status} {MediaType}: {Raw}";

    public static async Task<HttpAnswer> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var raw = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        if (raw.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(raw);
            }
            catch (JsonException)
            {
                body = null;
            }
        }

        return new HttpAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, raw);
    }

    /// <summary>Sends a JSON body (any method, DELETE included) and reads the answer.</summary>
    public static async Task<HttpAnswer> SendAsync(HttpClient client, HttpMethod method, string path, JsonNode? body)
    {
        using var response = await client.SendWithJsonBodyAsync(method, path, body);
        return await ReadAsync(response);
    }
}
