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
        builder.Property(c => c.CloudProvider).HasMaxLength(20).IsRequired();
        builder.Property(c => c.CloudProviderRegion).HasMaxLength(TextLimits.Identifier);
        builder.Property(c => c.Hostname).HasMaxLength(255).IsRequired();
        builder.Property(c => c.WorkspaceUrl).HasMaxLength(TextLimits.Url).IsRequired();
        builder.Property(c => c.HttpPath).HasMaxLength(1024);
        builder.Property(c => c.JdbcUrl).HasMaxLength(TextLimits.Url);
        builder.Property(c => c.DatabricksJdbcUrl).HasMaxLength(TextLimits.Url);
        builder.Property(c => c.ClusterId).HasMaxLength(200);
        builder.Property(c => c.CatalogName).HasMaxLength(255);
        builder.Property(c => c.DestinationLocation).HasMaxLength(TextLimits.Url);
        builder.Property(c => c.ServicePrincipalId).HasMaxLength(200);
        builder.Property(c => c.OAuthU2mAppId).HasMaxLength(200);
        builder.Property(c => c.ProtectedPersonalAccessToken).HasMaxLength(8000);
        builder.Property(c => c.ProtectedOAuthSecret).HasMaxLength(8000);
        builder.Property(c => c.ProtectedRefreshToken).HasMaxLength(8000);
        builder.Property(c => c.ProtectedAccessToken).HasMaxLength(8000);
        builder.HasIndex(c => c.WorkspaceId);
        builder.HasIndex(c => c.AccountId);
    }
}
