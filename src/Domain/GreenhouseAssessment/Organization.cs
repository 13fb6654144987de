namespace Partner.Domain.GreenhouseAssessment;

/// <summary>A Greenhouse customer: every test, instance and key belongs to one; its brand and e-mail templates are what its candidates see.</summary>
public sealed class Organization
{
    public const int NameMaxLength = 200;
    public const int DisplayNameMaxLength = 100;
    public const int SenderNameMaxLength = 100;
    public const int TimeZoneMaxLength = 64;
    public const string DefaultAccentColor = "#1d4ed8";

    private Organization()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Unique, as operators know the customer.</summary>
    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The name candidates see; null: <see cref="Name"/>.</summary>
    public string? DisplayName { get; private set; }

    /// <summary>An https URL of the logo; null: none, or <see cref="UploadedLogoHash"/>.</summary>
    public string? LogoUrl { get; private set; }

    /// <summary>SHA-256 (hex) of the uploaded logo we serve (<see cref="OrganizationLogo"/>); null: none uploaded.</summary>
    public string? UploadedLogoHash { get; private set; }

    /// <summary>#rrggbb of buttons and the page's band; null: <see cref="DefaultAccentColor"/>.</summary>
    public string? AccentColor { get; private set; }

    /// <summary>The display name of the e-mails' sender; null: the shown name.</summary>
    public string? EmailSenderName { get; private set; }

    /// <summary>Where candidates' replies go; null: no Reply-To.</summary>
    public string? ReplyTo { get; private set; }

    /// <summary>The IANA time zone deadlines are shown in; null: UTC.</summary>
    public string? TimeZone { get; private set; }

    /// <summary>The invitation e-mail's subject and body templates (<see cref="EmailTemplate"/>); null: the shipped defaults.</summary>
    public string? InvitationSubject { get; private set; }

    public string? InvitationBody { get; private set; }

    /// <summary>The reminder e-mail's subject and body templates; null: the shipped defaults.</summary>
    public string? ReminderSubject { get; private set; }

    public string? ReminderBody { get; private set; }

    public string ShownName => DisplayName ?? Name;

    public string ShownAccentColor => AccentColor ?? DefaultAccentColor;

    public static Organization Create(string name, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Organization { Id = Guid.CreateVersion7(now), Name = name.Trim(), CreatedAt = now };
    }

    /// <summary>Sets the whole brand (null clears a value). A logo URL replaces an uploaded logo.</summary>
    public void Rebrand(OrganizationBrand brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        DisplayName = NullIfBlank(brand.DisplayName);
        LogoUrl = NullIfBlank(brand.LogoUrl);
        if (LogoUrl is not null)
        {
            UploadedLogoHash = null;
        }

        AccentColor = NullIfBlank(brand.AccentColor)?.ToLowerInvariant();
        EmailSenderName = NullIfBlank(brand.EmailSenderName);
        ReplyTo = NullIfBlank(brand.ReplyTo);
        TimeZone = NullIfBlank(brand.TimeZone);
    }

    /// <summary>An uploaded logo replaces a logo URL.</summary>
    public void UseUploadedLogo(string hash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        UploadedLogoHash = hash;
        LogoUrl = null;
    }

    public void RemoveUploadedLogo() => UploadedLogoHash = null;

    /// <summary>The template of one e-mail: null subject and body go back to the shipped defaults.</summary>
    public void SetEmailTemplate(EmailKind kind, string? subject, string? body)
    {
        switch (kind)
        {
            case EmailKind.Invitation:
                (InvitationSubject, InvitationBody) = (subject, body);
                break;
            case EmailKind.Reminder:
                (ReminderSubject, ReminderBody) = (subject, body);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    /// <summary>The organization's template of one e-mail, or the shipped default.</summary>
    public EmailTemplateInUse EmailTemplateOf(EmailKind kind) => kind switch
    {
        EmailKind.Invitation when InvitationSubject is not null && InvitationBody is not null => new(kind, InvitationSubject, InvitationBody, false),
        EmailKind.Reminder when ReminderSubject is not null && ReminderBody is not null => new(kind, ReminderSubject, ReminderBody, false),
        _ => new(kind, EmailTemplate.DefaultSubject(kind), EmailTemplate.DefaultBody(kind), true),
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
