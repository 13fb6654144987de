using System.Linq.Expressions;
using System.Text.Json.Serialization;
using FluentValidation;
using Partner.Application.Common.Validation;

namespace Partner.Application.UnitTests.Common.Validation;

public sealed class JsonFieldRulesTests
{
    private sealed record Outer(Inner UserInfo, string? ServicePrincipalOauthSecret, string? OauthU2mAppId, [property: JsonPropertyName("x_custom")] int Renamed, List<string> Errors);

    private sealed record Inner(string Email, Auth? Auth);

    private sealed record Auth(string? PersonalAccessToken);

    private sealed class OuterValidator : AbstractValidator<Outer>
    {
        public OuterValidator()
        {
            this.RuleForField(o => o.UserInfo.Email).NotEmpty();
            this.RuleForEachField(o => o.Errors).MaximumLength(3);
        }
    }

    private static string Name<T>(Expression<Func<Outer, T>> field) => JsonFieldRules.FieldName(field);

    [Test]
    public void FieldName_IsTheSnakeCaseJsonPath_OfTheMemberChain()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Name(o => o.UserInfo.Email), Is.EqualTo("user_info.email"));
            Assert.That(Name(o => o.UserInfo.Auth!.PersonalAccessToken), Is.EqualTo("user_info.auth.personal_access_token"));
            Assert.That(Name(o => o.ServicePrincipalOauthSecret), Is.EqualTo("service_principal_oauth_secret"));
            Assert.That(Name(o => o.OauthU2mAppId), Is.EqualTo("oauth_u2m_app_id"));
            Assert.That(Name(o => (long)o.Renamed), Is.EqualTo("x_custom"), "a [JsonPropertyName] wins; a conversion is looked through");
        });
    }

    [Test]
    public void FieldName_RefusesAnExpressionThatIsNotAMemberChain()
    {
        Assert.Throws<ArgumentException>(() => Name(o => o));
        Assert.Throws<ArgumentException>(() => Name(o => o.Errors.Count + 1));
    }

    [Test]
    public void Failures_AreNamedAndWorded_ByTheJsonField()
    {
        var result = new OuterValidator().Validate(new Outer(new Inner("", null), null, null, 0, ["ok", "too long"]));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "user_info.email", "errors[1]" }));
        Assert.That(result.Errors[0].ErrorMessage, Does.Contain("'user_info.email'"));
    }
}
