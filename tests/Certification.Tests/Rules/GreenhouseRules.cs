using System.Text.Json;
using System.Text.Json.Nodes;
using Partner.Certification.Tests.Target;

namespace Partner.Certification.Tests.Rules;

/// <summary>
/// The checks Greenhouse applies to our answers (docs/contracts/greenhouse-assessment.md), as pure functions returning the
/// errors Greenhouse would put in a response_error's "errors".
/// </summary>
public static class GreenhouseRules
{
    public static readonly string[] TestStatusKeys = ["partner_status", "partner_profile_url", "partner_score", "metadata"];

    /// <summary>list_tests: a JSON array of objects with string partner_test_id and partner_test_name.</summary>
    public static IEnumerable<string> ListTests(HttpAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var error in Common(answer))
        {
            yield return error;
        }

        if (answer.Body is not JsonArray tests)
        {
            yield return "list_tests: the response is not a JSON array of test objects";
            yield break;
        }

        foreach (var (test, index) in tests.Select((t, i) => (t as JsonObject, i)))
        {
            if (test is null)
            {
                yield return $"list_tests[{index}] is not an object";
                continue;
            }

            foreach (var key in new[] { "partner_test_id", "partner_test_name" })
            {
                foreach (var error in RequiredString(test, key, $"list_tests[{index}]."))
                {
                    yield return error;
                }
            }
        }
    }

    /// <summary>send_test: "a single object that contains a single key: partner_interview_id" (a String).</summary>
    public static IEnumerable<string> SendTest(HttpAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var error in Common(answer))
        {
            yield return error;
        }

        if (answer.Body is not JsonObject json)
        {
            yield return "send_test: the response is not a JSON object";
            yield break;
        }

        foreach (var error in RequiredString(json, "partner_interview_id", string.Empty))
        {
            yield return error;
        }
    }

    /// <summary>
    /// test_status: partner_status a String; partner_profile_url a String, required once complete; partner_score a
    /// Number; metadata a flat object of primitives; every key present, null instead of missing.
    /// </summary>
    public static IEnumerable<string> TestStatus(HttpAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var error in Common(answer))
        {
            yield return error;
        }

        if (answer.Body is not JsonObject json)
        {
            yield return "test_status: the response is not a JSON object";
            yield break;
        }

        foreach (var key in TestStatusKeys.Where(k => !json.ContainsKey(k)))
        {
            yield return $"missing key {key} (a property without a value is null, not missing)";
        }

        foreach (var error in RequiredString(json, "partner_status", string.Empty))
        {
            yield return error;
        }

        var status = json["partner_status"] is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>() : null;
        var profile = json["partner_profile_url"];
        if (profile is not null && profile.GetValueKind() != JsonValueKind.String)
        {
            yield return $"partner_profile_url is not a String: {profile.ToJsonString()}";
        }

        if (status == "complete" && profile is null)
        {
            yield return "partner_status is 'complete' but partner_profile_url is missing";
        }

        if (json["partner_score"] is { } score && score.GetValueKind() != JsonValueKind.Number)
        {
            yield return $"partner_score is not a Number: {score.ToJsonString()}";
        }

        switch (json["metadata"])
        {
            case null:
                break;
            case JsonObject metadata:
                foreach (var (key, value) in metadata)
                {
                    if (value is JsonObject or JsonArray)
                    {
                        yield return $"metadata.{key} is not a JavaScript primitive (metadata must be a non-nested object): {value.ToJsonString()}";
                    }
                }

                break;
            default:
                yield return $"metadata is not an Object: {json["metadata"]!.ToJsonString()}";
                break;
        }
    }

    private static IEnumerable<string> Common(HttpAnswer answer)
    {
        if (answer.Status != 200)
        {
            yield return $"unexpected HTTP status {answer.Status}";
        }

        if (answer.MediaType != "application/json")
        {
            yield return $"Content-Type is '{answer.MediaType}', not application/json";
        }
    }

    private static IEnumerable<string> RequiredString(JsonObject json, string key, string prefix)
    {
        if (!json.ContainsKey(key) || json[key] is null)
        {
            yield return $"missing key {prefix}{key}";
        }
        else if (json[key]!.GetValueKind() != JsonValueKind.String)
        {
            yield return $"unexpected data type for {prefix}{key}: expected String, got {json[key]!.ToJsonString()}";
        }
    }
}
