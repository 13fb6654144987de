using Partner.Application.Common.Configuration;

namespace Partner.Application.UnitTests.Configuration;

public sealed class BasicCredentialTests
{
    [Test]
    public void ToString_Credential_ShowsUsernameButNeverPassword()
    {
        var credential = new BasicCredential { Username = "databricks", Password = "s3cret-basic-password" };

        var text = $"{credential}";

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("s3cret-basic-password"));
            Assert.That(text, Does.Contain("databricks"));
        });
    }

    [Test]
    public void ToString_OptionsWithCredentials_NeverShowsPassword()
    {
        var options = new PartnerConnectOptions
        {
            Credentials = [new BasicCredential { Username = "old", Password = "old-password-1" }, new BasicCredential { Username = "new", Password = "new-password-2" }],
        };

        var text = string.Join(", ", options.Credentials);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("old-password-1"));
            Assert.That(text, Does.Not.Contain("new-password-2"));
            Assert.That(text, Does.Contain("old").And.Contain("new"));
        });
    }
}
