using System.Text.Json;
using System.Text.Json.Serialization;

namespace Partner.WebApi;

/// <summary>
/// Every JSON string the service reads: one holding the NUL character (U+0000) is a binding error, 400. PostgreSQL text
/// cannot store NUL, and no contract field needs it, so it is refused the same way on every provider.
/// </summary>
public sealed class TextWithoutNulConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("Text may not contain the NUL character (U+0000).")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
