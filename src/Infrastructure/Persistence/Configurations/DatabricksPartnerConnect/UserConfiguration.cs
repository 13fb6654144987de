using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Users;

namespace Partner.Infrastructure.Persistence.Configurations.DatabricksPartnerConnect;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(TextLimits.Email).IsRequired();
        builder.Property(u => u.FirstName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(u => u.LastName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.HasIndex(u => new { u.AccountId, u.Email }).IsUnique();
        builder.OwnsMany(u => u.DatabricksIdentities, identity =>
        {
            identity.ToTable("UserDatabricksIdentities");
            identity.WithOwner().HasForeignKey("UserId");
            identity.Property<int>("Id");
            identity.HasKey("Id");
            identity.Property(i => i.CloudProvider).HasMaxLength(TextLimits.CloudProvider).IsRequired();
            identity.HasIndex("UserId", nameof(Domain.DatabricksPartnerConnect.Users.DatabricksIdentity.CloudProvider)).IsUnique();
        });
        builder.Navigation(u => u.DatabricksIdentities).HasField("_databricksIdentities");
    }
}
