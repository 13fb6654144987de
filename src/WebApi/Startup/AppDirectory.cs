namespace Partner.WebApi.Startup;

/// <summary>
/// The content root: where appsettings.json, partner-config.json and every relative path in the settings resolve.
/// It is the application's own directory, so `dotnet /srv/partner/Partner.WebApi.dll` works from any working
/// directory, except when one is given (--contentRoot, ASPNETCORE_CONTENTROOT / DOTNET_CONTENTROOT) or when the working
/// directory is the project itself (`dotnet run`, which keeps data/ under src/WebApi).
/// </summary>
public static class AppDirectory
{
    public static string? ContentRoot(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT")))
        {
            return null;
        }

        var workingDirectory = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(workingDirectory, "WebApi.csproj")) ? workingDirectory : AppContext.BaseDirectory;
    }
}
