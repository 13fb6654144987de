namespace Partner.Application.DatabricksPartnerConnect.Landing;

public sealed class LandingOptions
{
    public const string Section = "Landing";

    /// <summary>Where purchase_product's "Buy" link leads (the partner's pricing or checkout page).</summary>
    public string? PurchaseUrl { get; set; }

    /// <summary>Whom purchase_product and contact_admin tell the user to write to (an e-mail address).</summary>
    public string? ContactEmail { get; set; }

    /// <summary>When set, every landing page hands the user to this URL of the partner's application instead (<see cref="LandingHandOff"/>).</summary>
    public string? HandOffUrl { get; set; }

    /// <summary>The key the hand-off is signed with, shared with the partner's application (at least 32 characters).</summary>
    public string? HandOffSecret { get; set; }

    public TimeSpan HandOffLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public override string ToString() => $"LandingOptions {{ HandOffUrl = {HandOffUrl}, HandOffSecret = {(HandOffSecret is null ? "(none)" : "***")} }}";
}
