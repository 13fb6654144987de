using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Infrastructure.Persistence.Configurations.GreenhouseAssessment;

public sealed class OrganizationApiKeyConfiguration : IEntityTypeConfiguration<OrganizationApiKey>
{
    public void Configure(EntityTypeBuilder<OrganizationApiKey> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.KeyHash).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.Property(k => k.ProtectedKey).HasMaxLength(TextLimits.ShortCiphertext).IsRequired();
        // Two revokes of one key at once: the second save finds it revoked and runs again, so the first revoke's time stands.
        builder.Property(k => k.RevokedAt).IsConcurrencyToken();
        // Authentication looks a key up by its hash.
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasIndex(k => k.OrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
