using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Users;

namespace Partner.Infrastructure.Persistence.Configurations.DatabricksPartnerConnect;

public sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Domain).HasMaxLength(TextLimits.HostName).IsRequired();
        // One account per domain: the race-free guard for concurrent first connects.
        builder.HasIndex(a => a.Domain).IsUnique();
        builder.HasMany<User>().WithOne().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
