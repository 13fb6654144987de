using AutoMapper;
using AutoMapper.Internal;
using AutoMapper.QueryableExtensions;
using Microsoft.Extensions.Logging.Abstractions;
using Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;
using Partner.Application.DatabricksPartnerConnect.Admin.Connections.Queries.ListConnections;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.UnitTests.Mapping;

public sealed class MappingConfigurationTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private MapperConfiguration _configuration = null!;

    [OneTimeSetUp]
    public void BuildConfiguration() => _configuration = DependencyInjection.CreateMapperConfiguration(null, NullLoggerFactory.Instance);

    [Test]
    public void CreateMapperConfiguration_WithoutLicenseKey_IsValid()
    {
        Assert.That(() => _configuration.AssertConfigurationIsValid(), Throws.Nothing);
        Assert.That(_configuration.Internal().GetAllTypeMaps().Select(m => m.DestinationType),
            Is.SupersetOf(new[] { typeof(AccountDto), typeof(ConnectionDto) }));
    }

    [Test]
    public void ProjectTo_Account_CopiesFieldsAndLeavesCountsToTheHandler()
    {
        var account = Account.Open(EmailDomain.Parse("abc123.databricks-test.com"), Now);

        var dto = new[] { account }.AsQueryable().ProjectTo<AccountDto>(_configuration).Single();

        Assert.Multiple(() =>
        {
            Assert.That(dto.Id, Is.EqualTo(account.Id));
            Assert.That(dto.Domain, Is.EqualTo("abc123.databricks-test.com"));
            Assert.That(dto.TrialState, Is.EqualTo(TrialState.Active));
            Assert.That(dto.TrialEndsAt, Is.EqualTo(account.TrialEndsAt));
            Assert.That(dto.CreatedAt, Is.EqualTo(Now));
            Assert.That(dto.UserCount, Is.Zero);
            Assert.That(dto.LiveConnectionCount, Is.Zero);
        });
    }

    [TestCase("ciphertext-of-pat", null, true, false)]
    [TestCase(null, "ciphertext-of-secret", false, true)]
    public void ProjectTo_Connection_ShowsOnlyWhetherSecretsAreHeld(string? pat, string? oauthSecret, bool hasPat, bool hasSecret)
    {
        var connection = Connection.Establish(Guid.NewGuid(), Guid.NewGuid(), new ConnectionDetails
        {
            WorkspaceId = 1234567890,
            OrganizationId = 1234567890,
            CloudProvider = "azure",
            Hostname = "organization.cloud.databricks.com",
            Port = 443,
            WorkspaceUrl = "https://organization.cloud.databricks.com/?o=1234567890",
            ServicePrincipalId = oauthSecret is null ? null : "7f2e4c43-9714-47cf-9011-d8148eaa27a2",
        }, pat, oauthSecret, Now);

        var dto = new[] { connection }.AsQueryable().ProjectTo<ConnectionDto>(_configuration).Single();

        Assert.Multiple(() =>
        {
            Assert.That(dto.Id, Is.EqualTo(connection.Id));
            Assert.That(dto.WorkspaceId, Is.EqualTo(1234567890));
            Assert.That(dto.CloudProvider, Is.EqualTo("azure"));
            Assert.That(dto.HasPersonalAccessToken, Is.EqualTo(hasPat));
            Assert.That(dto.HasOAuthSecret, Is.EqualTo(hasSecret));
        });
    }
}
