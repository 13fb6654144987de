using System.Text.Json;
using System.Text.Json.Nodes;
using Partner.Certification.Tests.Target;

namespace Partner.Certification.Tests.Rules;

/// <summary>
/// The Databricks Partner Connect contract (docs/contracts/databricks-partner-connect.md)'s rules as pure checks of one answer. Each returns the violations it found; each
/// violation names its rule and quotes the contract (or docs/contracts/databricks-partner-connect.md "Certification cases" for a certification case's expectation).
/// </summary>
public static class DatabricksRules
{
    public const string JsonContentTypeRule =
        "contract: \"Partners need to include the following headers in all api responses that return JSON payload. \"Content-Type\": \"application/json\"\"";
    public const string OmitConnectionIdOnSignInRule =
        "contract: If is_connection_established is true in the request, connection_id should be omitted in the response";
    public const string ConnectionIdWhenConfiguredRule =
        "contract: If is_connection_established is false and configured_resources is true, connection_id must be present in the response";
    public const string OmitConnectionIdWhenNotConfiguredRule =
        "contract: If is_connection_established is false and configured_resources if false, connection_id should be omitted in the response";
    public const string RedirectHostRule =
        "contract: \"we validate the hostname in the redirect_uri to prevent a redirect attack\" (its host must be one of the PartnerConfig hostnames)";
    public const string ErrorReasonRule = "contract: \"All failure responses contain the same 3 fields: error_reason - Required; must be set to the appropriate enum value.\"";

    public static readonly string[] RedirectValues = ["create_trial", "purchase_product", "sign_in", "contact_admin", "not_applicable"];
    public static readonly string[] UserStatuses = ["new", "existing", "not_applicable"];
    public static readonly string[] AccountStatuses = ["new", "active", "expired", "not_applicable"];
    public static readonly string[] ResourceStatuses = ["resources_deleted", "resources_pending_deletion", "deletion_acknowledged", "user_unauthorized"];
    public static readonly string[] TestResultStatuses = ["SUCCESS", "FAILED"];
    public static readonly string[] ErrorReasons = ["bad_request", "unauthorized", "account_not_found", "connection_not_found", "general_error"];

    /// <summary>Every JSON answer carries Content-Type application/json.</summary>
    public static IEnumerable<string> JsonContentType(HttpAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.MediaType != "application/json")
        {
            yield return $"{JsonContentTypeRule}; got Content-Type '{answer.MediaType}'.";
        }

        if (answer.Body is null)
        {
            yield return $"{JsonContentTypeRule}; the body is not JSON.";
        }
    }

    /// <summary>A successful Connect answer (contract "Successful Responses" and the connection_id rules).</summary>
    public static IEnumerable<string> ConnectSuccess(HttpAnswer answer, bool isConnectionEstablished)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status != 200)
        {
            yield return $"contract: Connect \"Successful Responses: Status Code: 200\"; got {answer.Status}.";
            yield break;
        }

        foreach (var violation in JsonContentType(answer))
        {
            yield return violation;
        }

        var json = answer.Json;
        if (!Uri.TryCreate(String(json, "redirect_uri"), UriKind.Absolute, out _))
        {
            yield return "contract: \"redirect_uri - the URL to launch in a new browser tab\": missing or not an absolute URL.";
        }

        foreach (var violation in Enum(json, "redirect_value", RedirectValues, "contract: redirect_value \"Valid values are create_trial, purchase_product, sign_in, contact_admin, and not_applicable\""))
        {
            yield return violation;
        }

        foreach (var violation in Enum(json, "user_status", UserStatuses, "contract: user_status \"Valid values are new, existing, and not_applicable\""))
        {
            yield return violation;
        }

        foreach (var violation in Enum(json, "account_status", AccountStatuses, "contract: account_status \"Valid values are new, active, expired, and not_applicable\""))
        {
            yield return violation;
        }

        var configured = json["configured_resources"] is JsonValue c && c.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? c.GetValue<bool>()
            : (bool?)null;
        if (configured is null)
        {
            yield return "contract: \"If is_connection_established is true, configured_resources must be set\" (configured_resources is a boolean): missing or not a boolean.";
        }

        var hasConnectionId = json.ContainsKey("connection_id") && json["connection_id"] is not null;
        if (isConnectionEstablished && hasConnectionId)
        {
            yield return $"{OmitConnectionIdOnSignInRule}; got connection_id {json["connection_id"]!.ToJsonString()}.";
        }
        else if (!isConnectionEstablished && configured == true && String(json, "connection_id") is not { Length: > 0 })
        {
            yield return ConnectionIdWhenConfiguredRule + ".";
        }
        else if (!isConnectionEstablished && configured == false && hasConnectionId)
        {
            yield return $"{OmitConnectionIdWhenNotConfiguredRule}; got connection_id {json["connection_id"]!.ToJsonString()}.";
        }
    }

    /// <summary>A sign-in answer: Databricks sent is_connection_established true.</summary>
    public static IEnumerable<string> AssertSignIn(HttpAnswer answer) => ConnectSuccess(answer, isConnectionEstablished: true);

    /// <summary>The redirect_uri's host is one of the PartnerConfig hostnames.</summary>
    public static IEnumerable<string> RedirectHost(HttpAnswer answer, IEnumerable<string> hostnames)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var allowed = hostnames.ToList();
        if (Uri.TryCreate(String(answer.Json, "redirect_uri"), UriKind.Absolute, out var uri)
            && !allowed.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"{RedirectHostRule}; host '{uri.Host}' is not in [{string.Join(", ", allowed)}].";
        }
    }

    /// <summary>
    /// contract: oauth_redirect_uri "should be set only when the partner is configured with OAuth U2M [...] and does not have
    /// a pre-registered Databricks published OAuth app"; where set, the absolute URL of a host the partner names.
    /// </summary>
    public static IEnumerable<string> OAuthRedirectUri(HttpAnswer answer, bool expected, IEnumerable<string> hostnames)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var value = String(answer.Json, "oauth_redirect_uri");
        if (!expected)
        {
            if (answer.Json.ContainsKey("oauth_redirect_uri"))
            {
                yield return "contract: oauth_redirect_uri only with AUTH_OAUTH_U2M and no published app; it is present.";
            }

            yield break;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            yield return "contract: with AUTH_OAUTH_U2M and no published app, oauth_redirect_uri (the OAuth redirect URL to register) is required.";
        }
        else if (!hostnames.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"contract: oauth_redirect_uri's host '{uri.Host}' is not one of the PartnerConfig hostnames.";
        }
    }

    /// <summary>
    /// The token service's answer for a new connection under <paramref name="auth"/>: the PAT itself; for U2M, 409
    /// authorization_required naming a page on a PartnerConfig host; for M2M, a minted token or, when the workspace
    /// cannot be reached, 502 upstream_error. Never a refresh token or a secret.
    /// </summary>
    public static IEnumerable<string> AccessToken(HttpAnswer answer, DatabricksAuth auth, IEnumerable<string> hostnames)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Raw.Contains("refresh_token", StringComparison.Ordinal) || answer.Raw.Contains(DatabricksRequests.OAuthSecret, StringComparison.Ordinal))
        {
            yield return "token service: never answers a refresh token or a client secret.";
        }

        switch (auth)
        {
            case DatabricksAuth.Pat or DatabricksAuth.PatAndU2M:
                if (answer.Status != 200 || answer.Text("access_token") != DatabricksRequests.Pat || answer.Text("auth_type") != "pat"
                    || answer.Json["expires_in"] is not null || !answer.Json.ContainsKey("expires_in"))
                {
                    yield return "token service: a PAT connection answers 200 with the PAT, auth_type pat and expires_in null.";
                }

                break;
            case DatabricksAuth.OAuthU2M or DatabricksAuth.OAuthU2MPublishedApp:
                if (answer.Status != 409 || answer.Text("error_reason") != "authorization_required")
                {
                    yield return "token service: a U2M connection nobody authorized answers 409 authorization_required.";
                }
                else if (!Uri.TryCreate(answer.Text("authorization_url"), UriKind.Absolute, out var page)
                    || !hostnames.Contains(page.Host, StringComparer.OrdinalIgnoreCase))
                {
                    yield return "token service: authorization_required names the page to open (authorization_url) on a PartnerConfig host.";
                }

                break;
            default:
                if (!(answer.Status == 200 && answer.Text("auth_type") == "oauth_m2m") && !(answer.Status == 502 && answer.Text("error_reason") == "upstream_error"))
                {
                    yield return "token service: an M2M connection answers 200 oauth_m2m, or 502 upstream_error when Databricks refuses.";
                }

                break;
        }
    }

    /// <summary>The expected outcome of a certification case: each named field has the expected value.</summary>
    public static IEnumerable<string> Outcome(HttpAnswer answer, string caseRule, string? redirectValue = null, string? userStatus = null,
        string? accountStatus = null, bool? configuredResources = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var json = answer.Json;
        foreach (var (field, expected) in new[] { ("redirect_value", redirectValue), ("user_status", userStatus), ("account_status", accountStatus) })
        {
            if (expected is not null && String(json, field) != expected)
            {
                yield return $"{caseRule}: expected {field} '{expected}', got {json[field]?.ToJsonString() ?? "nothing"}.";
            }
        }

        if (configuredResources is { } configured && !(json["configured_resources"] is JsonValue v
                && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False && v.GetValue<bool>() == configured))
        {
            yield return $"{caseRule}: expected configured_resources {configured.ToString().ToLowerInvariant()}, got {json["configured_resources"]?.ToJsonString() ?? "nothing"}.";
        }
    }

    /// <summary>A failure answer: the status and the contract's envelope with the expected error_reason.</summary>
    public static IEnumerable<string> ErrorEnvelope(HttpAnswer answer, int status, params string[] errorReasons)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(errorReasons);
        if (answer.Status != status)
        {
            yield return $"contract: \"Status Code: {status}\" with error_reason {string.Join(" or ", errorReasons)}; got {answer.Status}.";
        }

        foreach (var violation in JsonContentType(answer))
        {
            yield return violation;
        }

        var reason = String(answer.Json, "error_reason");
        if (!errorReasons.Contains(reason))
        {
            yield return $"{ErrorReasonRule}; expected {string.Join(" or ", errorReasons)}, got '{reason ?? "nothing"}'.";
        }

        foreach (var field in new[] { "display_message", "debugging_message" })
        {
            if (answer.Json[field] is { } value && value.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Null))
            {
                yield return $"contract: {field} is a String; got {value.ToJsonString()}.";
            }
        }
    }

    /// <summary>test-connection's 200 answer: test_results, each with test_name, status SUCCESS/FAILED and message.</summary>
    public static IEnumerable<string> TestConnectionResults(HttpAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status != 200)
        {
            yield return $"contract: test-connection \"Successful Responses: Status Code: 200\"; got {answer.Status}.";
            yield break;
        }

        foreach (var violation in JsonContentType(answer))
        {
            yield return violation;
        }

        if (answer.Json["test_results"] is not JsonArray results || results.Count == 0)
        {
            yield return "contract: test-connection answers {\"test_results\": [...]}: missing or empty.";
            yield break;
        }

        foreach (var result in results)
        {
            var item = result as JsonObject ?? [];
            if (String(item, "test_name") is not { Length: > 0 })
            {
                yield return $"contract: each test result has a test_name; got {result?.ToJsonString()}.";
            }

            if (!TestResultStatuses.Contains(String(item, "status")))
            {
                yield return $"contract: test result \"status\": \"SUCCESS\" or \"FAILED\"; got {item["status"]?.ToJsonString() ?? "nothing"}.";
            }

            if (String(item, "message") is not { Length: > 0 })
            {
                yield return $"contract: each test result has a message; got {result?.ToJsonString()}.";
            }
        }
    }

    /// <summary>delete-connection's 200 answer: resource_status from the contract's list.</summary>
    public static IEnumerable<string> DeleteConnection(HttpAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status != 200)
        {
            yield return $"contract: delete-connection \"Successful Responses\" are 200; got {answer.Status}.";
            yield break;
        }

        foreach (var violation in JsonContentType(answer))
        {
            yield return violation;
        }

        foreach (var violation in Enum(answer.Json, "resource_status", ResourceStatuses,
                     "contract: resource_status \"Valid values are resources_deleted, resources_pending_deletion, deletion_acknowledged, or user_unauthorized\""))
        {
            yield return violation;
        }
    }

    /// <summary>One page of connectors (P900).</summary>
    public static IEnumerable<string> ConnectorsPage(HttpAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status != 200)
        {
            yield return $"contract: connectors answers 200; got {answer.Status}.";
            yield break;
        }

        foreach (var violation in JsonContentType(answer))
        {
            yield return violation;
        }

        if (answer.Json["connectors"] is not JsonArray connectors)
        {
            yield return "contract: the connectors answer is {\"connectors\": [...]}: missing.";
            yield break;
        }

        foreach (var connector in connectors.Select(c => c as JsonObject ?? []))
        {
            if (String(connector, "identifier") is not { Length: > 0 } || String(connector, "name") is not { Length: > 0 })
            {
                yield return $"contract: each connector has identifier and name; got {connector.ToJsonString()}.";
            }

            if (String(connector, "type") is not ("source" or "target"))
            {
                yield return $"contract: connector \"type\": \"source\", [or \"target\"]; got {connector["type"]?.ToJsonString() ?? "nothing"}.";
            }
        }

        if (answer.Json["pagination_token"] is { } token && token.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
        {
            yield return $"contract: pagination_token is a token to continue listing; got {token.ToJsonString()}.";
        }
    }

    private static IEnumerable<string> Enum(JsonObject json, string field, string[] allowed, string rule)
    {
        if (!allowed.Contains(String(json, field)))
        {
            yield return $"{rule}; got {json[field]?.ToJsonString() ?? "nothing"}.";
        }
    }

    private static string? String(JsonObject json, string field) =>
        json[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
