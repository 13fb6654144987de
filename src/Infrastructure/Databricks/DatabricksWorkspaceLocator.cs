using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;
using Partner.Application.Common.Exceptions;
using Partner.Domain.Common;

namespace Partner.Infrastructure.Databricks;

/// <summary>
/// Finds the partner's own workspace at each call, so a changed ~/.databrickscfg needs no restart. The environment
/// variables are read through configuration, which includes them.
/// </summary>
public sealed class DatabricksWorkspaceLocator(IOptions<DatabricksOptions> options, IConfiguration configuration)
{
    public DatabricksWorkspace Locate()
    {
        var resolution = DatabricksWorkspaceSettings.Resolve(options.Value, name => configuration[name], ReadFileOrNull,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        return resolution.Workspace
            ?? throw new PartnerException(ErrorReason.BadRequest, resolution.Error);
    }

    private static string? ReadFileOrNull(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
