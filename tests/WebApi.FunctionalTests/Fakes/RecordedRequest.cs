using System.Text.Json.Nodes;

namespace Partner.WebApi.FunctionalTests.Fakes;

/// <summary>One request the fake workspace received, as it came.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string Body)
{
    public JsonObject Json => Body.Length == 0 ? [] : JsonNode.Parse(Body)!.AsObject();
}
