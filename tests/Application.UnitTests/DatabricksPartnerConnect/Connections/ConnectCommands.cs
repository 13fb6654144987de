using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;
using Partner.Application.DatabricksPartnerConnect.OAuth;

namespace Partner.Application.UnitTests.DatabricksPartnerConnect.Connections;

/// <summary>Connect requests built from the contract's example body.</summary>
internal static class ConnectCommands
{
    public const string Pat = "dapi-unit-test-pat-0123456789abcdef";

    public const string OAuthSecret = "dose-unit-test-oauth-secret-fedcba9876543210";

    public const string Email = "john.doe@databricks.com";

    public const string PublishedAppClientId = "published-app-client-id";

    /// <summary>The validator under a PartnerConfig with these auth_options (none: PAT only) and is_published_app.</summary>
    public static ConnectCommandValidator Validator(string[]? authOptions = null, bool publishedApp = false) => new(new U2MClients(
        Options.Create(new PartnerConfig { AuthOptions = authOptions?.ToList(), IsPublishedApp = publishedApp }),
        Options.Create(new DatabricksOptions { OAuth = { PublishedAppClientId = PublishedAppClientId } })));

    /// <summary>contract: "POST partners/databricks/v1/connect" example, is_connection_established false.</summary>
    public static ConnectCommand SeedExample() => new()
    {
        UserInfo = new ConnectUserInfo
        {
            Email = Email,
            FirstName = "John",
            LastName = "Doe",
            DatabricksUserId = 1234567890,
            DatabricksOrganizationId = 1234567890,
            IsConnectionEstablished = false,
            Auth = new ConnectAuth { PersonalAccessToken = Pat },
        },
        Hostname = "organization.cloud.databricks.com",
        Port = 443,
        WorkspaceUrl = "https://organization.cloud.databricks.com/?o=1234567890",
        HttpPath = "sql/protocolv1/o/0/0222-185802-deny427",
        JdbcUrl = "jdbc:spark://organization.cloud.databricks.com:443/default",
        DatabricksJdbcUrl = "jdbc:databricks://organization.cloud.databricks.com:443/default",
        WorkspaceId = 1234567890,
        Demo = false,
        CloudProvider = "azure",
        CloudProviderRegion = "us-west-2",
        IsFreeTrial = false,
        DestinationLocation = "abfss://container@account.dfs.core.windows.net/location_2",
        CatalogName = "my_catalog",
        DatabaseName = "default database to use",
        ClusterId = "0222-185802-deny427",
        IsSqlEndpoint = true,
        IsSqlWarehouse = true,
        DataSourceConnector = "Oracle",
        ServicePrincipalId = "a2a25a05-3d59-4515-a73b-b8bc5ab79e31",
        ServicePrincipalOauthSecret = OAuthSecret,
        OauthU2mAppId = "782b7906-20c4-4c12-8850-b26b77d125f5",
    };

    /// <summary>The same user signing in: is_connection_established true, connection_id set, no auth.</summary>
    public static ConnectCommand SignInExample()
    {
        var command = SeedExample();
        return command with
        {
            UserInfo = command.UserInfo with { IsConnectionEstablished = true, Auth = null },
            ServicePrincipalOauthSecret = null,
            ConnectionId = "7f2e4c43-9714-47cf-9011-d8148eaa27a2",
        };
    }
}
