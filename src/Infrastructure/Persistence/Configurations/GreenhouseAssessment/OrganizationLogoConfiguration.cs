using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Infrastructure.Persistence.Configurations.GreenhouseAssessment;

public sealed class OrganizationLogoConfiguration : IEntityTypeConfiguration<OrganizationLogo>
{
    public void Configure(EntityTypeBuilder<OrganizationLogo> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(l => l.OrganizationId);
        builder.Property(l => l.ContentType).HasMaxLength(TextLimits.EnumName).IsRequired();
        builder.Property(l => l.Content).IsRequired();
        builder.Property(l => l.Hash).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.HasOne<Organization>().WithOne().HasForeignKey<OrganizationLogo>(l => l.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
