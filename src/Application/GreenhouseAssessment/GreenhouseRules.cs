using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment;

/// <summary>Shape rules shared by the Greenhouse validators.</summary>
public static partial class GreenhouseRules
{
    public const int UrlMaxLength = TextLimits.Url;
    public const int NameMaxLength = TextLimits.Name;
    public const int EmailMaxLength = TextLimits.Email;
    public const int MetadataMaxKeys = 50;
    public const int MetadataKeyMaxLength = 200;
    public const int MetadataValueMaxLength = 2000;

    /// <summary>No control character (CR, LF, ESC, ...) and no line or paragraph separator: text that reaches an e-mail or a page.</summary>
    public static bool HasNoControlCharacters(string value) =>
        value is null || !value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    /// <summary>A phone number as people write it: digits, spaces, + ( ) - . /, at least 3 digits, an extension after x or ext.</summary>
    public static bool IsPhoneNumber(string? value) =>
        value is not null && PhoneNumber().IsMatch(value) && value.Count(char.IsAsciiDigit) >= 3;

    [GeneratedRegex(@"^\+?[0-9 ()./-]+((x|ext\.?)\s?[0-9]{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneNumber();

    /// <summary>
    /// docs/greenhouse.md "The contract": metadata "is a flat object whose values are JavaScript primitives". No text in
    /// it may hold the NUL character, which PostgreSQL cannot store.
    /// </summary>
    public static bool IsFlatMetadata(JsonObject? metadata) =>
        metadata is null
        || (metadata.Count <= MetadataMaxKeys && metadata.All(p =>
            p.Key.Length <= MetadataKeyMaxLength && !p.Key.Contains('\0', StringComparison.Ordinal)
            && (p.Value is null
                || (p.Value is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
                    or JsonValueKind.True or JsonValueKind.False
                    && (value.GetValueKind() != JsonValueKind.String
                        || (value.GetValue<string>().Length <= MetadataValueMaxLength && !value.GetValue<string>().Contains('\0', StringComparison.Ordinal)))))));
}
