using System.Text.Json;

namespace Partner.Domain.GreenhouseAssessment;

/// <summary>Payloads of the outbox: identifiers only; the delivery reads the current data.</summary>
public sealed record TestInstancePayload(Guid TestInstanceId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TestInstancePayload FromJson(string json) =>
        JsonSerializer.Deserialize<TestInstancePayload>(json, Json) ?? throw new JsonException("Empty outbox payload.");
}
