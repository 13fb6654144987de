using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Infrastructure.Persistence.Configurations.DatabricksPartnerConnect;

public sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // Two deletes of one connection at once: the second save finds it deleted already and fails, so it runs again and
        // answers connection_not_found, as a second delete after the first would.
        builder.Property(c => c.DeletedAt).IsConcurrencyToken();
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.CloudProvider).HasMaxLength(TextLimits.CloudProvider).IsRequired();
        builder.Property(c => c.CloudProviderRegion).HasMaxLength(TextLimits.Identifier);
        builder.Property(c => c.Hostname).HasMaxLength(TextLimits.HostName).IsRequired();
        builder.Property(c => c.WorkspaceUrl).HasMaxLength(TextLimits.Url).IsRequired();
        builder.Property(c => c.HttpPath).HasMaxLength(TextLimits.HttpPath);
        builder.Property(c => c.JdbcUrl).HasMaxLength(TextLimits.Url);
        builder.Property(c => c.DatabricksJdbcUrl).HasMaxLength(TextLimits.Url);
        builder.Property(c => c.ClusterId).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.CatalogName).HasMaxLength(TextLimits.HostName);
        builder.Property(c => c.DestinationLocation).HasMaxLength(TextLimits.Url);
        builder.Property(c => c.ServicePrincipalId).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.OAuthU2mAppId).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.ProtectedPersonalAccessToken).HasMaxLength(TextLimits.Ciphertext);
        builder.Property(c => c.ProtectedOAuthSecret).HasMaxLength(TextLimits.Ciphertext);
        builder.Property(c => c.ProtectedRefreshToken).HasMaxLength(TextLimits.Ciphertext);
        builder.Property(c => c.ProtectedAccessToken).HasMaxLength(TextLimits.Ciphertext);
        builder.HasIndex(c => c.WorkspaceId);
        builder.HasIndex(c => c.AccountId);
    }
}
