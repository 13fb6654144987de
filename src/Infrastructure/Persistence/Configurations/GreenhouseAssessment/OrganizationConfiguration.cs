using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Infrastructure.Persistence.Configurations.GreenhouseAssessment;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        // Operators and the development seed find an organization by name.
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.DisplayName).HasMaxLength(Organization.DisplayNameMaxLength);
        builder.Property(o => o.LogoUrl).HasMaxLength(TextLimits.Url);
        builder.Property(o => o.UploadedLogoHash).HasMaxLength(TextLimits.Sha256Hex);
        builder.Property(o => o.AccentColor).HasMaxLength(TextLimits.HexColor);
        builder.Property(o => o.EmailSenderName).HasMaxLength(Organization.SenderNameMaxLength);
        builder.Property(o => o.ReplyTo).HasMaxLength(TextLimits.Email);
        builder.Property(o => o.TimeZone).HasMaxLength(Organization.TimeZoneMaxLength);
        builder.Property(o => o.InvitationSubject).HasMaxLength(EmailTemplate.SubjectMaxLength);
        builder.Property(o => o.InvitationBody).HasMaxLength(EmailTemplate.BodyMaxLength);
        builder.Property(o => o.ReminderSubject).HasMaxLength(EmailTemplate.SubjectMaxLength);
        builder.Property(o => o.ReminderBody).HasMaxLength(EmailTemplate.BodyMaxLength);
    }
}
