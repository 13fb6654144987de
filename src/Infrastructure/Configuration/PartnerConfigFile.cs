using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;

namespace Partner.Infrastructure.Configuration;

/// <summary>Reads the PartnerConfig JSON file named by PartnerConnect:PartnerConfigPath.</summary>
public sealed class PartnerConfigFile(IOptions<PartnerConnectOptions> options, IHostEnvironment environment)
    : IConfigureOptions<PartnerConfig>
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public void Configure(PartnerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var path = ResolvePath(options.Value.PartnerConfigPath, environment.ContentRootPath);
        var loaded = Load(path);
        foreach (var property in typeof(PartnerConfig).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(config, property.GetValue(loaded));
        }

        config.Directory = Path.GetDirectoryName(path)!;
    }

    public static string ResolvePath(string path, string contentRoot) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));

    public static PartnerConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new OptionsValidationException(nameof(PartnerConfig), typeof(PartnerConfig),
                [$"PartnerConnect:PartnerConfigPath: the PartnerConfig file '{path}' does not exist."]);
        }

        try
        {
            return JsonSerializer.Deserialize<PartnerConfig>(File.ReadAllText(path), JsonOptions)
                ?? throw new JsonException("The file holds null.");
        }
        catch (JsonException ex)
        {
            throw new OptionsValidationException(nameof(PartnerConfig), typeof(PartnerConfig),
                [$"PartnerConfig file '{path}' is not valid JSON in the PartnerConfig shape: {ex.Message}"]);
        }
    }
}
