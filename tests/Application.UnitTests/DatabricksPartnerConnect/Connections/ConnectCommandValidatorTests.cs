using FluentValidation.Results;
using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;

namespace Partner.Application.UnitTests.DatabricksPartnerConnect.Connections;

public sealed class ConnectCommandValidatorTests
{
    private readonly ConnectCommandValidator _validator = ConnectCommands.Validator();

    [Test]
    public void Validate_SeedExample_IsValid()
    {
        var result = _validator.Validate(ConnectCommands.SeedExample());

        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void Validate_SignInWithConnectionIdAndNoAuth_IsValid()
    {
        var result = _validator.Validate(ConnectCommands.SignInExample());

        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void Validate_EmptyFirstAndLastName_IsValid()
    {
        // contract: first_name and last_name are "Non-null String, may be empty string".
        var command = ConnectCommands.SeedExample();
        command = command with { UserInfo = command.UserInfo with { FirstName = string.Empty, LastName = string.Empty } };

        Assert.That(_validator.Validate(command).Errors, Is.Empty);
    }

    [Test]
    public void Validate_OAuthM2MSecretInsteadOfPat_IsValid()
    {
        // With AUTH_OAUTH_M2M Databricks sends service_principal_oauth_secret instead of a PAT.
        var command = ConnectCommands.SeedExample();
        command = command with { UserInfo = command.UserInfo with { Auth = null } };

        Assert.That(_validator.Validate(command).Errors, Is.Empty);
    }

    [Test]
    public void Validate_U2MPerWorkspaceApp_NoPatNorSecret_IsValidWithTheAppId()
    {
        // contract: under AUTH_OAUTH_U2M Databricks sends no PAT ("null if auth_options ... does not contain AUTH_PAT") and no
        // secret; the connection waits for a user's authorization with the app Partner Connect created (oauth_u2m_app_id).
        var command = ConnectCommands.SeedExample();
        command = command with { UserInfo = command.UserInfo with { Auth = new ConnectAuth() }, ServicePrincipalOauthSecret = null };

        Assert.Multiple(() =>
        {
            Assert.That(ConnectCommands.Validator([PartnerConfig.AuthOAuthU2M]).Validate(command).Errors, Is.Empty);
            var withoutApp = ConnectCommands.Validator([PartnerConfig.AuthOAuthU2M]).Validate(command with { OauthU2mAppId = null });
            Assert.That(withoutApp.Errors.Select(e => e.ErrorMessage), Has.One.Contains("oauth_u2m_app_id"), "per-workspace app: nothing to authorize with");
        });
    }

    [Test]
    public void Validate_U2MPublishedApp_NoPatNorSecretNorAppId_IsValid()
    {
        var command = ConnectCommands.SeedExample();
        command = command with { UserInfo = command.UserInfo with { Auth = null }, ServicePrincipalOauthSecret = null, OauthU2mAppId = null };

        Assert.That(ConnectCommands.Validator([PartnerConfig.AuthOAuthU2M], publishedApp: true).Validate(command).Errors, Is.Empty);
    }

    [Test]
    public void Validate_AppIdWithoutU2MInThePartnerConfig_IsNoCredential()
    {
        var command = ConnectCommands.SeedExample();
        command = command with { UserInfo = command.UserInfo with { Auth = null }, ServicePrincipalOauthSecret = null };

        var failure = ConnectCommands.Validator([PartnerConfig.AuthPat]).Validate(command).Errors.Single();

        Assert.That(failure.PropertyName, Is.EqualTo("user_info.auth"));
    }

    [Test]
    public void Validate_OAuthSecretWithoutServicePrincipalId_FailsNamingServicePrincipalId()
    {
        var command = ConnectCommands.SeedExample() with { ServicePrincipalId = null };

        var failure = _validator.Validate(command).Errors.Single();

        Assert.That(failure.PropertyName, Is.EqualTo("service_principal_id"));
    }

    [TestCaseSource(nameof(BrokenRequests))]
    public void Validate_BrokenField_FailsWithMessageNamingJsonField(string field, Func<ConnectCommand, ConnectCommand> breakIt)
    {
        var result = _validator.Validate(breakIt(ConnectCommands.SeedExample()));

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors, Has.All.Property(nameof(ValidationFailure.PropertyName)).EqualTo(field));
            Assert.That(result.Errors, Has.All.Property(nameof(ValidationFailure.ErrorMessage)).Contains(field));
        });
    }

    [Test]
    public void Validate_OrganizationIdDiffersFromWorkspaceId_MessageNamesBothFields()
    {
        // contract: "workspace_id": "[same as user_info.databricks_organization_id]".
        var command = ConnectCommands.SeedExample() with { WorkspaceId = 987654321 };

        var failure = _validator.Validate(command).Errors.Single();

        Assert.Multiple(() =>
        {
            Assert.That(failure.PropertyName, Is.EqualTo("user_info.databricks_organization_id"));
            Assert.That(failure.ErrorMessage, Does.Contain("user_info.databricks_organization_id").And.Contain("workspace_id"));
        });
    }

    [Test]
    public void Validate_Failures_NeverEchoThePat()
    {
        var command = ConnectCommands.SeedExample();
        command = command with
        {
            UserInfo = command.UserInfo with { Auth = new ConnectAuth { PersonalAccessToken = ConnectCommands.Pat + new string('x', 5000) } },
            Port = 0,
        };

        var result = _validator.Validate(command);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Has.Some.Property(nameof(ValidationFailure.PropertyName)).EqualTo("user_info.auth.personal_access_token"));
            Assert.That(result.ToString(), Does.Not.Contain(ConnectCommands.Pat));
        });
    }

    private static IEnumerable<TestCaseData> BrokenRequests()
    {
        yield return Case("user_info.email", "BadEmail", c => c with { UserInfo = c.UserInfo with { Email = "john.doe-at-databricks.com" } });
        yield return Case("user_info.email", "EmptyEmail", c => c with { UserInfo = c.UserInfo with { Email = string.Empty } });
        yield return Case("port", "Port0", c => c with { Port = 0 });
        yield return Case("port", "Port70000", c => c with { Port = 70000 });
        yield return Case("cloud_provider", "UnknownCloudProvider", c => c with { CloudProvider = "oracle" });
        yield return Case("user_info.auth", "MissingAuthWhenNotEstablished",
            c => c with { UserInfo = c.UserInfo with { Auth = null }, ServicePrincipalOauthSecret = null });
        yield return Case("user_info.auth", "MissingPatWhenNotEstablished",
            c => c with { UserInfo = c.UserInfo with { Auth = new ConnectAuth() }, ServicePrincipalOauthSecret = null });
        yield return Case("connection_id", "MissingConnectionIdWhenEstablished",
            c => c with { UserInfo = c.UserInfo with { IsConnectionEstablished = true }, ConnectionId = null });
        yield return Case("user_info.databricks_organization_id", "OrganizationIdNotWorkspaceId",
            c => c with { UserInfo = c.UserInfo with { DatabricksOrganizationId = 1 } });
        yield return Case("hostname", "EmptyHostname", c => c with { Hostname = string.Empty });
        yield return Case("workspace_url", "RelativeWorkspaceUrl", c => c with { WorkspaceUrl = "organization.cloud.databricks.com" });
        yield return Case("workspace_url", "FtpWorkspaceUrl", c => c with { WorkspaceUrl = "ftp://organization.cloud.databricks.com/" });
    }

    private static TestCaseData Case(string field, string name, Func<ConnectCommand, ConnectCommand> breakIt) =>
        new TestCaseData(field, breakIt).SetName($"Validate_{name}_FailsNaming({field})");
}
