using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Partner.Application.Common.Configuration;

namespace Partner.WebApi.Controllers.DatabricksPartnerConnect;

/// <summary>The PartnerConfig's logo_file and icon_file (PNG, relative to the PartnerConfig file), for the pages' header and tab.</summary>
[Tags("Landing pages (HTML)")]
public sealed class BrandingController(IOptions<PartnerConfig> partnerConfig) : ControllerBase
{
    public const string LogoPath = "/branding/logo";
    public const string IconPath = "/branding/icon";

    /// <summary>The partner's logo (PartnerConfig logo_file).</summary>
    [HttpGet(LogoPath)]
    [Produces("image/png")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public IActionResult Logo() => Png(partnerConfig.Value.LogoFile);

    /// <summary>The partner's icon (PartnerConfig icon_file).</summary>
    [HttpGet(IconPath)]
    [Produces("image/png")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public IActionResult Icon() => Png(partnerConfig.Value.IconFile);

    private IActionResult Png(string file)
    {
        var path = string.IsNullOrWhiteSpace(file) ? null : partnerConfig.Value.BrandingFilePath(file);
        if (path is null || !System.IO.File.Exists(path))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=3600";
        Response.Headers.XContentTypeOptions = "nosniff";
        return PhysicalFile(path, "image/png");
    }
}
