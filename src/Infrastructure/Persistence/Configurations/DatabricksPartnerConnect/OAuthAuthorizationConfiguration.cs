using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Infrastructure.Persistence.Configurations.DatabricksPartnerConnect;

public sealed class OAuthAuthorizationConfiguration : IEntityTypeConfiguration<OAuthAuthorization>
{
    public void Configure(EntityTypeBuilder<OAuthAuthorization> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        // The callback finds a started authorization by its state's hash; one state, one row.
        builder.Property(a => a.StateHash).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.HasIndex(a => a.StateHash).IsUnique();
        builder.Property(a => a.BrowserBindingHash).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.Property(a => a.ProtectedCodeVerifier).HasMaxLength(TextLimits.ShortCiphertext).IsRequired();
        builder.Property(a => a.ClientId).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(a => a.RedirectUri).HasMaxLength(TextLimits.Url).IsRequired();
        builder.HasIndex(a => a.ExpiresAt);
        builder.HasOne<Connection>().WithMany().HasForeignKey(a => a.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
