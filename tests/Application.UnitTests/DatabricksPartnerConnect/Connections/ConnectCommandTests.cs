using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

namespace Partner.Application.UnitTests.DatabricksPartnerConnect.Connections;

/// <summary>docs/architecture.md "Conventions" (logs): "Records that carry a secret (Auth, an API key) override ToString to leave it out."</summary>
public sealed class ConnectCommandTests
{
    [Test]
    public void ToString_SeedExample_LeavesOutPatOAuthSecretAndEmail()
    {
        var command = ConnectCommands.SeedExample();

        var text = command.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(ConnectCommands.Pat));
            Assert.That(text, Does.Not.Contain(ConnectCommands.OAuthSecret));
            Assert.That(text, Does.Not.Contain(ConnectCommands.Email));
            Assert.That(text, Does.Contain("1234567890"), "the workspace id identifies the request");
        });
    }

    [Test]
    public void ToString_UserInfo_LeavesOutPatAndEmail()
    {
        var text = $"{ConnectCommands.SeedExample().UserInfo}";

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(ConnectCommands.Pat));
            Assert.That(text, Does.Not.Contain(ConnectCommands.Email));
            Assert.That(text, Does.StartWith(nameof(ConnectUserInfo)));
        });
    }

    [Test]
    public void ToString_Auth_MasksPat()
    {
        var text = new ConnectAuth { PersonalAccessToken = ConnectCommands.Pat }.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(ConnectCommands.Pat));
            Assert.That(text, Does.Not.Contain("dapi"));
            Assert.That(text, Does.Contain("***"));
        });
    }
}
