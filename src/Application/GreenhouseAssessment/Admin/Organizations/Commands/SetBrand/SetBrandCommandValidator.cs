using System.Text.RegularExpressions;
using Partner.Application.GreenhouseAssessment.Branding;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetBrand;

public sealed partial class SetBrandCommandValidator : AbstractValidator<SetBrandCommand>
{
    public SetBrandCommandValidator(IMailboxValidator mailboxes)
    {
        ArgumentNullException.ThrowIfNull(mailboxes);
        RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
        this.RuleForField(c => c.DisplayName).Must(n => OneLine(n, Organization.DisplayNameMaxLength)).When(c => c.DisplayName is not null)
            .WithMessage($"display_name must be 1 to {Organization.DisplayNameMaxLength} characters on one line.");
        this.RuleForField(c => c.LogoUrl).Must(u => u!.Length <= GreenhouseRules.UrlMaxLength
                && Uri.TryCreate(u, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(url.UserInfo))
            .When(c => c.LogoUrl is not null)
            .WithMessage("logo_url must be an absolute https URL of at most 2048 characters (or upload the image with PUT .../logo).");
        this.RuleForField(c => c.AccentColor).Matches(Color()).When(c => c.AccentColor is not null)
            .WithMessage("accent_color must be a colour written #rrggbb, such as #0f766e.");
        this.RuleForField(c => c.EmailSenderName).Must(n => OneLine(n, Organization.SenderNameMaxLength)).When(c => c.EmailSenderName is not null)
            .WithMessage($"email_sender_name must be 1 to {Organization.SenderNameMaxLength} characters on one line.");
        this.RuleForField(c => c.ReplyTo).MaximumLength(GreenhouseRules.EmailMaxLength).Must(mailboxes.IsSendableAddress).When(c => c.ReplyTo is not null)
            .WithMessage("reply_to must be an e-mail address, such as talent@example.com.");
        this.RuleForField(c => c.TimeZone).Must(z => z!.Length <= Organization.TimeZoneMaxLength && Deadline.IsKnownZone(z)).When(c => c.TimeZone is not null)
            .WithMessage("time_zone must be an IANA time zone, such as Europe/Berlin or America/New_York.");
    }

    private static bool OneLine(string? value, int maxLength) =>
        value is not null && value.Trim().Length is > 0 && value.Length <= maxLength && GreenhouseRules.HasNoControlCharacters(value);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Color();
}
