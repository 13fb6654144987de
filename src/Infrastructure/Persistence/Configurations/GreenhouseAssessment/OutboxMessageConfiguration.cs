using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment.Outbox;

namespace Partner.Infrastructure.Persistence.Configurations.GreenhouseAssessment;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Payload).HasMaxLength(TextLimits.OutboxPayload).IsRequired();
        builder.Property(m => m.LeaseOwner).HasMaxLength(TextLimits.Token);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.LastErrorMaxLength);
        // Two replays of one dead letter at once: the second save finds the state changed (pending again, perhaps claimed
        // by a dispatcher already) and fails, so it cannot clear that claim and have the message delivered twice.
        builder.Property(m => m.State).IsConcurrencyToken();
        // The dispatcher's poll: due pending messages.
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
    }
}
