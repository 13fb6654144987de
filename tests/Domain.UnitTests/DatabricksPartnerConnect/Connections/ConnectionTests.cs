using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Domain.UnitTests.DatabricksPartnerConnect.Connections;

public sealed class ConnectionTests
{
    private static readonly DateTimeOffset EstablishedAt = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly ConnectionDetails Details = new()
    {
        WorkspaceId = 1234567890,
        OrganizationId = 1234567890,
        CloudProvider = "azure",
        CloudProviderRegion = "westeurope",
        Hostname = "organization.cloud.databricks.com",
        Port = 443,
        WorkspaceUrl = "https://organization.cloud.databricks.com/?o=1234567890",
        HttpPath = "sql/protocolv1/o/0/0222-185802-deny427",
        ClusterId = "0222-185802-deny427",
        IsSqlWarehouse = true,
        CatalogName = "main",
        ServicePrincipalId = "7f2e4c43-9714-47cf-9011-d8148eaa27a2",
        OAuthU2mAppId = "u2m-app",
        IsFreeTrial = true,
    };

    [Test]
    public void Establish_WhatDatabricksSent_KeepsItWithTheCredentialsAndNothingAuthorizedYet()
    {
        var accountId = Guid.NewGuid();
        var userId = Guid.NewGuid();

        var connection = Connection.Establish(accountId, userId, Details, "pat-ciphertext", "secret-ciphertext", EstablishedAt);

        Assert.Multiple(() =>
        {
            Assert.That(connection.Id.Version, Is.EqualTo(7));
            Assert.That(connection.AccountId, Is.EqualTo(accountId));
            Assert.That(connection.CreatedByUserId, Is.EqualTo(userId));
            Assert.That(connection.CreatedAt, Is.EqualTo(EstablishedAt));
            Assert.That(connection.WorkspaceId, Is.EqualTo(1234567890));
            Assert.That(connection.CloudProvider, Is.EqualTo("azure"));
            Assert.That(connection.CloudProviderRegion, Is.EqualTo("westeurope"));
            Assert.That(connection.Hostname, Is.EqualTo(Details.Hostname));
            Assert.That(connection.Port, Is.EqualTo(443));
            Assert.That(connection.WorkspaceUrl, Is.EqualTo(Details.WorkspaceUrl));
            Assert.That(connection.ClusterId, Is.EqualTo(Details.ClusterId));
            Assert.That(connection.IsSqlWarehouse, Is.True);
            Assert.That(connection.CatalogName, Is.EqualTo("main"));
            Assert.That(connection.OAuthU2mAppId, Is.EqualTo("u2m-app"));
            Assert.That(connection.IsFreeTrial, Is.True);
            Assert.That(connection.IsDemo, Is.False);
            Assert.That(connection.ProtectedPersonalAccessToken, Is.EqualTo("pat-ciphertext"));
            Assert.That(connection.ProtectedOAuthSecret, Is.EqualTo("secret-ciphertext"));
            Assert.That(connection.HasOAuthSecret, Is.True);
            Assert.That(connection.ProtectedRefreshToken, Is.Null);
            Assert.That(connection.AuthorizedAt, Is.Null);
            Assert.That(connection.DeletedAt, Is.Null);
            Assert.That(connection.BelongsTo(1234567890, "AZURE"), Is.True);
        });
    }

    [Test]
    public void Establish_NoAccountOrNoUser_IsRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Connection.Establish(Guid.Empty, Guid.NewGuid(), Details, "pat", null, EstablishedAt), Throws.ArgumentException);
            Assert.That(() => Connection.Establish(Guid.NewGuid(), Guid.Empty, Details, "pat", null, EstablishedAt), Throws.ArgumentException);
            Assert.That(() => Connection.Establish(Guid.NewGuid(), Guid.NewGuid(), null!, "pat", null, EstablishedAt), Throws.ArgumentNullException);
        });
    }

    [TestCase("", "h.example.com", "https://h.example.com")]
    [TestCase("aws", " ", "https://h.example.com")]
    [TestCase("aws", "h.example.com", "")]
    public void Establish_WithoutCloudHostnameOrUrl_IsRefused(string cloudProvider, string hostname, string workspaceUrl)
    {
        var details = Details with { CloudProvider = cloudProvider, Hostname = hostname, WorkspaceUrl = workspaceUrl };

        Assert.That(() => Connection.Establish(Guid.NewGuid(), Guid.NewGuid(), details, "pat", null, EstablishedAt), Throws.ArgumentException);
    }

    [TestCase(0)]
    [TestCase(65536)]
    public void Establish_PortOutsideTcpRange_IsRefused(int port)
    {
        Assert.That(() => Connection.Establish(Guid.NewGuid(), Guid.NewGuid(), Details with { Port = port }, "pat", null, EstablishedAt),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Establish_OAuthSecretWithoutServicePrincipal_IsRefused()
    {
        Assert.That(() => Connection.Establish(Guid.NewGuid(), Guid.NewGuid(), Details with { ServicePrincipalId = null }, null, "secret", EstablishedAt),
            Throws.ArgumentException);
    }

    [Test]
    public void Establish_Demo_WithoutCredentials_HasNoDefaultCredential()
    {
        var connection = Connection.Establish(Guid.NewGuid(), Guid.NewGuid(), Details with { IsDemo = true, ServicePrincipalId = null }, null, null,
            EstablishedAt);

        Assert.Multiple(() =>
        {
            Assert.That(connection.IsDemo, Is.True);
            Assert.That(connection.DefaultAuthType(u2mClientId: null), Is.Null);
            Assert.That(connection.DefaultAuthType("u2m-client"), Is.EqualTo(DatabricksAuthType.OAuthU2M));
        });
    }

    [Test]
    public void Delete_Twice_KeepsTheFirstTimeAndDropsTheSecrets()
    {
        var connection = Connection.Establish(Guid.NewGuid(), Guid.NewGuid(), Details, "pat-ciphertext", "secret-ciphertext", EstablishedAt);

        connection.Delete(EstablishedAt.AddHours(1));
        connection.Delete(EstablishedAt.AddHours(2));

        Assert.Multiple(() =>
        {
            Assert.That(connection.DeletedAt, Is.EqualTo(EstablishedAt.AddHours(1)));
            Assert.That(connection.ProtectedPersonalAccessToken, Is.Null);
            Assert.That(connection.ProtectedOAuthSecret, Is.Null);
            Assert.That(connection.DefaultAuthType(u2mClientId: null), Is.Null);
        });
    }
}
