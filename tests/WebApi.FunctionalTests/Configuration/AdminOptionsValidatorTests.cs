using Partner.WebApi.Authentication;

namespace Partner.WebApi.FunctionalTests.Configuration;

public sealed class AdminOptionsValidatorTests
{
    private readonly AdminOptionsValidator _validator = new();

    [Test]
    public void Validate_Defaults_Pass() => Assert.That(_validator.Validate(new AdminOptions()).Errors, Is.Empty);

    [Test]
    public void Validate_ScopedKeyWithScopes_Passes() =>
        Assert.That(_validator.Validate(new AdminOptions { ScopedKeys = [new ScopedAdminKey { Key = "k", Scopes = "tokens, read" }] }).Errors, Is.Empty);

    [Test]
    public void Validate_EmptyScopedKey_FailsNamingTheKey() =>
        Assert.That(Errors(new ScopedAdminKey { Key = " ", Scopes = "metrics" }), Is.EqualTo(new[] { "Admin:ScopedKeys:N:Key must not be empty." }));

    [TestCase("")]
    [TestCase("tokens,everything")]
    public void Validate_BadScopes_FailNamingTheKey(string scopes) =>
        Assert.That(Errors(new ScopedAdminKey { Key = "k", Scopes = scopes }),
            Is.EqualTo(new[] { "Admin:ScopedKeys:N:Scopes must name one or more of metrics, test-status, tokens, read, comma-separated." }));

    private IEnumerable<string> Errors(ScopedAdminKey key) =>
        _validator.Validate(new AdminOptions { ScopedKeys = [key] }).Errors.Select(e => e.ErrorMessage);
}
