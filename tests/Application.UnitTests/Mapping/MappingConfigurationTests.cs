using AutoMapper;
using AutoMapper.Internal;
using AutoMapper.QueryableExtensions;
using Microsoft.Extensions.Logging.Abstractions;
using Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;
using Partner.Application.DatabricksPartnerConnect.Admin.Connections.Queries.ListConnections;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListApiKeys;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListOrganizations;
using Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;
using Partner.Domain.GreenhouseAssessment;

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

    [Test]
    public void GreenhouseAdminReadModels_HaveTheirMaps()
    {
        Assert.That(_configuration.Internal().GetAllTypeMaps().Select(m => m.DestinationType), Is.SupersetOf(new[]
        {
            typeof(ApiKeyDto), typeof(OrganizationDto), typeof(BrandDto), typeof(EmailTemplateDto), typeof(AssessmentTestDto),
            typeof(ResponseErrorSummaryDto),
        }));
    }

    [Test]
    public void ProjectTo_Organization_BrandWithTheUploadedLogosPath()
    {
        var organization = Organization.Create("Acme", Now);
        organization.Rebrand(new OrganizationBrand("Acme Recruiting", null, "#0F766E", null, "talent@acme.example", "Europe/Berlin"));
        organization.UseUploadedLogo(new string('a', 64));

        var dto = new[] { organization }.AsQueryable().ProjectTo<BrandDto>(_configuration).Single();

        Assert.Multiple(() =>
        {
            Assert.That(dto.DisplayName, Is.EqualTo("Acme Recruiting"));
            Assert.That(dto.LogoUrl, Is.Null);
            Assert.That(dto.UploadedLogoPath, Is.EqualTo($"/assessments/logos/{organization.Id:N}/aaaaaaaaaaaaaaaa"));
            Assert.That(dto.AccentColor, Is.EqualTo("#0f766e"));
            Assert.That(dto.ReplyTo, Is.EqualTo("talent@acme.example"));
            Assert.That(dto.TimeZone, Is.EqualTo("Europe/Berlin"));
        });
    }

    [Test]
    public void Map_AssessmentTest_QuestionsOnlyWhenTheServiceRunsIt()
    {
        var external = AssessmentTest.Create(Guid.NewGuid(), "t-1", "External", Now);
        var builtIn = AssessmentTest.Create(Guid.NewGuid(), "t-2", "Built in", Now, [new AssessmentQuestion("2 + 2?", ["3", "4"], 1)], 30, 70);
        var mapper = _configuration.CreateMapper();

        var dtos = mapper.Map<List<AssessmentTestDto>>(new[] { external, builtIn });

        Assert.Multiple(() =>
        {
            Assert.That(dtos[0].PartnerTestName, Is.EqualTo("External"));
            Assert.That(dtos[0].Questions, Is.Null);
            Assert.That(dtos[1].PartnerTestId, Is.EqualTo("t-2"));
            Assert.That(dtos[1].Questions!.Select(q => (q.Prompt, string.Join("|", q.Choices), q.CorrectChoice)),
                Is.EqualTo(new[] { ("2 + 2?", "3|4", 1) }));
            Assert.That(dtos[1].TimeLimitMinutes, Is.EqualTo(30));
            Assert.That(dtos[1].PassMarkPercent, Is.EqualTo(70));
            Assert.That(dtos[1].InvitationLifetimeDays, Is.EqualTo(AssessmentTest.DefaultInvitationLifetimeDays));
        });
    }

    [Test]
    public void Map_EmailTemplateInUse_KeepsThePlaceholders()
    {
        var organization = Organization.Create("Acme", Now);

        var dto = _configuration.CreateMapper().Map<EmailTemplateDto>(organization.EmailTemplateOf(EmailKind.Reminder));

        Assert.Multiple(() =>
        {
            Assert.That(dto.Kind, Is.EqualTo(EmailKind.Reminder));
            Assert.That(dto.Subject, Is.EqualTo(EmailTemplate.DefaultSubject(EmailKind.Reminder)));
            Assert.That(dto.IsDefault, Is.True);
            Assert.That(dto.Placeholders, Does.Contain("{{link}}"));
        });
    }

    [Test]
    public void ProjectTo_ResponseErrorsGroupedByCall_CountAndLastSeen()
    {
        var organization = Guid.NewGuid();
        var errors = new[]
        {
            ResponseError.Record(organization, "test_status", "[]", null, null, null, null, Now),
            ResponseError.Record(organization, "test_status", "[]", null, null, null, null, Now.AddHours(1)),
        };

        var dto = errors.AsQueryable().GroupBy(e => e.ApiCall).ProjectTo<ResponseErrorSummaryDto>(_configuration).Single();

        Assert.Multiple(() =>
        {
            Assert.That(dto.ApiCall, Is.EqualTo("test_status"));
            Assert.That(dto.Count, Is.EqualTo(2));
            Assert.That(dto.LastSeenAt, Is.EqualTo(Now.AddHours(1)));
        });
    }
}
