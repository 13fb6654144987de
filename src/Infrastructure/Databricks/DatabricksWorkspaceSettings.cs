using Partner.Application.Common.Configuration;

namespace Partner.Infrastructure.Databricks;

public sealed record DatabricksWorkspaceResolution(DatabricksWorkspace? Workspace, string? Error);

/// <summary>
/// Resolves the partner's own workspace with the documented precedence, key by key: Databricks:Host / Databricks:Token,
/// then DATABRICKS_HOST / DATABRICKS_TOKEN, then the profile (Databricks:Profile, default DEFAULT) of
/// DATABRICKS_CONFIG_FILE or ~/.databrickscfg. Pure: the environment and the file system come in as functions.
/// </summary>
public static class DatabricksWorkspaceSettings
{
    public const string HostVariable = "DATABRICKS_HOST";
    public const string TokenVariable = "DATABRICKS_TOKEN";
    public const string ConfigFileVariable = "DATABRICKS_CONFIG_FILE";

    public static DatabricksWorkspaceResolution Resolve(DatabricksOptions options, Func<string, string?> environment,
        Func<string, string?> readFile, string homeDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(readFile);
        var host = NonEmpty(options.Host) ?? NonEmpty(environment(HostVariable));
        var token = NonEmpty(options.Token) ?? NonEmpty(environment(TokenVariable));

        if (host is null || token is null)
        {
            var profileName = NonEmpty(options.Profile) ?? DatabricksOptions.DefaultProfile;
            var configFile = NonEmpty(environment(ConfigFileVariable));
            var path = configFile ?? Path.Combine(homeDirectory, ".databrickscfg");
            var text = readFile(path);
            if (text is null && (configFile is not null || NonEmpty(options.Profile) is not null))
            {
                return Failed($"The Databricks config file '{path}' does not exist (DATABRICKS_CONFIG_FILE, Databricks:Profile).");
            }

            if (text is not null)
            {
                if (DatabricksConfigFile.Parse(text).TryGetValue(profileName, out var profile))
                {
                    host ??= NonEmpty(profile.GetValueOrDefault("host"));
                    token ??= NonEmpty(profile.GetValueOrDefault("token"));
                }
                else if (NonEmpty(options.Profile) is not null)
                {
                    return Failed($"The Databricks config file '{path}' has no profile [{profileName}] (Databricks:Profile).");
                }
            }
        }

        if (host is null)
        {
            return Failed("No Databricks workspace is configured: set Databricks:Host (or DATABRICKS_HOST, or host in a ~/.databrickscfg profile).");
        }

        if (token is null)
        {
            return Failed("No Databricks token is configured: set Databricks:Token (or DATABRICKS_TOKEN, or token in a ~/.databrickscfg profile).");
        }

        var (baseUri, error) = NormalizeHost(host, options.AllowInsecureHttp);
        return baseUri is null ? Failed(error!) : new DatabricksWorkspaceResolution(new DatabricksWorkspace(baseUri, token), null);
    }

    /// <summary>A base URL ending in '/'; https:// is assumed when no scheme is given, as the Databricks CLI does.</summary>
    public static (Uri? BaseUri, string? Error) NormalizeHost(string host, bool allowInsecureHttp)
    {
        ArgumentNullException.ThrowIfNull(host);
        var value = host.Trim();
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            value = "https://" + value;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return (null, $"The Databricks workspace host '{host}' is not an https URL such as https://adb-1234567890123456.7.azuredatabricks.net.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !allowInsecureHttp)
        {
            return (null, $"The Databricks workspace host '{host}' uses plain http, which is refused: use https "
                + "(Databricks:AllowInsecureHttp = true is for local testing only).");
        }

        return (new Uri(uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath.TrimEnd('/') + "/"), null);
    }

    private static DatabricksWorkspaceResolution Failed(string error) => new(null, error);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
