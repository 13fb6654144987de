using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Partner.Infrastructure.Persistence.Health;

/// <summary>A real committed write, so a database that answers reads but refuses writes (full disk, read-only) is reported unhealthy.</summary>
public sealed class WriteProbe
{
    public const int HostMaxLength = 200;

    public required string Host { get; init; }

    public DateTimeOffset WrittenAt { get; set; }
}

public sealed class WriteProbeConfiguration : IEntityTypeConfiguration<WriteProbe>
{
    public void Configure(EntityTypeBuilder<WriteProbe> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("WriteProbes");
        builder.HasKey(p => p.Host);
        builder.Property(p => p.Host).HasMaxLength(WriteProbe.HostMaxLength);
    }
}
