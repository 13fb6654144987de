using System.Text.Json.Nodes;
using Partner.Certification.Tests.Target;

namespace Partner.Certification.Tests.Rules;

/// <summary>
/// Breaking a rule on purpose: deliberately wrong answers fed to the checkers the certification cases use must fail
/// with a message naming the rule; the matching correct answers pass.
/// </summary>
public sealed class RuleCheckerSelfTests
{
    private static HttpAnswer Answer(string json, int status = 200, string? mediaType = "application/json") =>
        new(status, mediaType, JsonNode.Parse(json), json);

    private const string SignIn =
        """{"redirect_uri":"http://localhost:5080/sign-in?token=x","redirect_value":"sign_in","user_status":"existing","account_status":"active","configured_resources":false}""";

    private const string Created =
        """{"redirect_uri":"http://localhost:5080/create-trial?token=x","redirect_value":"create_trial","connection_id":"c1","user_status":"new","account_status":"new","configured_resources":true}""";

    private static void AssertFailsNaming(IEnumerable<string> violations, string rule)
    {
        var list = violations.ToList();
        Assert.That(list, Has.Some.Contains(rule), string.Join(Environment.NewLine, list));
        var failure = Assert.Throws<AssertionException>(() => RuleCheck.Ensure(list));
        Assert.That(failure!.Message, Does.Contain(rule));
    }

    [Test]
    public void CorrectAnswers_PassEveryChecker()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DatabricksRules.AssertSignIn(Answer(SignIn)), Is.Empty);
            Assert.That(DatabricksRules.ConnectSuccess(Answer(Created), isConnectionEstablished: false), Is.Empty);
            Assert.That(DatabricksRules.RedirectHost(Answer(Created), ["localhost"]), Is.Empty);
            Assert.That(DatabricksRules.ErrorEnvelope(Answer("""{"error_reason":"connection_not_found"}""", 404), 404, "connection_not_found"), Is.Empty);
            Assert.That(GreenhouseRules.TestStatus(Answer(
                """{"partner_status":"complete","partner_profile_url":"http://example.com/tests/1","partner_score":81,"metadata":{"Notes":"ok","Passed":true,"n":3,"x":null}}""")), Is.Empty);
            Assert.That(GreenhouseRules.ListTests(Answer("""[{"partner_test_id":"12345","partner_test_name":"My First Test"}]""")), Is.Empty);
            Assert.That(GreenhouseRules.SendTest(Answer("""{"partner_interview_id":"98765"}""")), Is.Empty);
        });
    }

    [Test]
    public void OAuthRedirectUri_MissingUnderU2M_OrPresentWithoutIt_FailsNamingTheRule()
    {
        var withUri = Answer(Created.Replace("\"configured_resources\"", "\"oauth_redirect_uri\":\"http://localhost:5080/oauth/callback\",\"configured_resources\"",
            StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(DatabricksRules.OAuthRedirectUri(withUri, expected: true, ["localhost"]), Is.Empty);
            Assert.That(DatabricksRules.OAuthRedirectUri(Answer(Created), expected: false, ["localhost"]), Is.Empty);
        });
        AssertFailsNaming(DatabricksRules.OAuthRedirectUri(Answer(Created), expected: true, ["localhost"]), "oauth_redirect_uri (the OAuth redirect URL to register) is required");
        AssertFailsNaming(DatabricksRules.OAuthRedirectUri(withUri, expected: false, ["localhost"]), "oauth_redirect_uri only with AUTH_OAUTH_U2M and no published app");
    }

    [Test]
    public void TokenService_RefreshTokenInTheAnswer_OrU2MWithoutAuthorizationUrl_FailsNamingTheRule()
    {
        var pat = Answer($$"""{"access_token":"{{DatabricksRequests.Pat}}","token_type":"Bearer","expires_in":null,"auth_type":"pat"}""");
        Assert.That(DatabricksRules.AccessToken(pat, DatabricksAuth.Pat, ["localhost"]), Is.Empty);
        AssertFailsNaming(DatabricksRules.AccessToken(Answer($$"""{"access_token":"a","refresh_token":"r","expires_in":3599,"auth_type":"oauth_m2m"}"""),
            DatabricksAuth.OAuthM2M, ["localhost"]), "never answers a refresh token or a client secret");
        AssertFailsNaming(DatabricksRules.AccessToken(Answer("""{"error_reason":"authorization_required"}""", 409), DatabricksAuth.OAuthU2M, ["localhost"]),
            "names the page to open (authorization_url)");
    }

    [Test]
    public void SignIn_WithConnectionId_FailsNamingTheOmitRule() =>
        AssertFailsNaming(DatabricksRules.AssertSignIn(Answer(SignIn.Replace("\"configured_resources\"", "\"connection_id\":\"c1\",\"configured_resources\"", StringComparison.Ordinal))),
            "contract: If is_connection_established is true in the request, connection_id should be omitted in the response");

    [Test]
    public void NewConnection_ConfiguredWithoutConnectionId_FailsNamingTheMustBePresentRule() =>
        AssertFailsNaming(DatabricksRules.ConnectSuccess(Answer(Created.Replace("\"connection_id\":\"c1\",", string.Empty, StringComparison.Ordinal)), isConnectionEstablished: false),
            "connection_id must be present in the response");

    [Test]
    public void RedirectUri_HostNotInHostnames_FailsNamingTheRedirectAttackRule() =>
        AssertFailsNaming(DatabricksRules.RedirectHost(Answer(Created.Replace("localhost", "evil.example.com", StringComparison.Ordinal)), ["localhost"]),
            "we validate the hostname in the redirect_uri to prevent a redirect attack");

    [Test]
    public void RedirectValue_OutsideTheSeedsValues_FailsNamingTheValidValues() =>
        AssertFailsNaming(DatabricksRules.AssertSignIn(Answer(SignIn.Replace("\"sign_in\"", "\"signin\"", StringComparison.Ordinal))),
            "redirect_value \"Valid values are");

    [Test]
    public void RedirectValue_NotTheCasesExpectation_FailsNamingTheCase() =>
        AssertFailsNaming(DatabricksRules.Outcome(Answer(SignIn), "certification P100", redirectValue: "create_trial"), "certification P100: expected redirect_value 'create_trial'");

    [Test]
    public void Answer_WithWrongContentType_FailsNamingTheContentTypeRule() =>
        AssertFailsNaming(DatabricksRules.AssertSignIn(Answer(SignIn, mediaType: "text/plain")), "\"Content-Type\": \"application/json\"");

    [Test]
    public void Failure_WithoutErrorReason_FailsNamingTheEnvelopeRule() =>
        AssertFailsNaming(DatabricksRules.ErrorEnvelope(Answer("""{"message":"nope"}""", 404), 404, "connection_not_found"), "error_reason - Required");

    [Test]
    public void TestStatus_MissingNullKey_FailsNamingNullNotMissing() =>
        AssertFailsNaming(GreenhouseRules.TestStatus(Answer("""{"partner_status":"sent","partner_profile_url":null,"partner_score":null}""")),
            "missing key metadata (a property without a value is null, not missing)");

    [Test]
    public void TestStatus_CompleteWithoutProfileUrl_FailsAsGreenhouseReportsIt() =>
        AssertFailsNaming(GreenhouseRules.TestStatus(Answer("""{"partner_status":"complete","partner_profile_url":null,"partner_score":81,"metadata":null}""")),
            "partner_status is 'complete' but partner_profile_url is missing");

    [Test]
    public void TestStatus_NestedMetadata_FailsNamingTheFlatMetadataRule() =>
        AssertFailsNaming(GreenhouseRules.TestStatus(Answer("""{"partner_status":"sent","partner_profile_url":null,"partner_score":null,"metadata":{"Sections":{"a":1}}}""")),
            "metadata must be a non-nested object");

    [Test]
    public void TestStatus_ScoreAsString_FailsNamingTheType() =>
        AssertFailsNaming(GreenhouseRules.TestStatus(Answer("""{"partner_status":"sent","partner_profile_url":null,"partner_score":"81","metadata":null}""")),
            "partner_score is not a Number");

    [Test]
    public void ListTests_WrongContentTypeAndNumericId_FailsNamingBoth()
    {
        var errors = GreenhouseRules.ListTests(Answer("""[{"partner_test_id":12345,"partner_test_name":"My First Test"}]""", mediaType: "text/html")).ToList();

        Assert.That(errors, Has.Some.Contains("not application/json").And.Some.Contains("unexpected data type for list_tests[0].partner_test_id"));
    }

    [Test]
    public void ResponseError_HasGreenhousesShape()
    {
        var body = GreenhouseApi.ResponseError("test_status", ["partner_status is 'complete' but partner_profile_url is missing"],
            partnerTestId: "12345", partnerInterviewId: "98765");

        Assert.That(body.Select(p => p.Key), Is.EqualTo(new[] { "api_call", "errors", "partner_test_id", "partner_interview_id" }));
    }
}
