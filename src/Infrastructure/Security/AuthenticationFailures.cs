using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partner.Application.Common.Interfaces;
using Partner.Infrastructure.Persistence;

namespace Partner.Infrastructure.Security;

/// <summary>One client's failed authentications in its current window, shared by every instance on the database.</summary>
public sealed class AuthenticationFailure
{
    public const int ClientMaxLength = 100;

    public required string Client { get; init; }

    public int Failures { get; set; }

    public DateTimeOffset WindowStart { get; set; }
}

public sealed class AuthenticationFailureConfiguration : IEntityTypeConfiguration<AuthenticationFailure>
{
    public void Configure(EntityTypeBuilder<AuthenticationFailure> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuthenticationFailures");
        builder.HasKey(f => f.Client);
        builder.Property(f => f.Client).HasMaxLength(AuthenticationFailure.ClientMaxLength);
        builder.HasIndex(f => f.WindowStart);
    }
}

/// <summary>
/// <see cref="IAuthenticationFailureStore"/> on the database: each failure is one atomic increment of the client's row
/// (or a reset when its window has passed, or an insert; a concurrent insert is a unique violation, and the increment is
/// tried again), so concurrent failures on several instances are all counted. Rows of passed windows are deleted as new
/// clients arrive.
/// </summary>
public sealed class DatabaseAuthenticationFailureStore(ApplicationDbContext db) : IAuthenticationFailureStore
{
    public async Task<(int Failures, DateTimeOffset Since)> ReadAsync(string client, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        var key = Key(client);
        var row = await db.Set<AuthenticationFailure>().AsNoTracking().Where(f => f.Client == key).Select(f => new { f.Failures, f.WindowStart })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null || row.WindowStart < now - window ? (0, now) : (row.Failures, row.WindowStart);
    }

    public async Task<(int Failures, DateTimeOffset Since)> RecordFailureAsync(string client, DateTimeOffset now, TimeSpan window,
        CancellationToken cancellationToken)
    {
        var key = Key(client);
        var cutoff = now - window;
        var failures = db.Set<AuthenticationFailure>();
        for (var attempt = 0; ; attempt++)
        {
            var counted = await db.ExecuteWriteAsync(token => failures.Where(f => f.Client == key && f.WindowStart >= cutoff)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Failures, f => f.Failures + 1), token), cancellationToken);
            if (counted == 0)
            {
                counted = await db.ExecuteWriteAsync(token => failures.Where(f => f.Client == key && f.WindowStart < cutoff)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.Failures, 1).SetProperty(f => f.WindowStart, now), token), cancellationToken);
            }

            if (counted == 0)
            {
                await db.ExecuteWriteAsync(token => failures.Where(f => f.WindowStart < cutoff - window).ExecuteDeleteAsync(token), cancellationToken);
                failures.Add(new AuthenticationFailure { Client = key, Failures = 1, WindowStart = now });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return (1, now);
                }
                catch (DbUpdateException ex) when (db.IsUniqueConstraintViolation(ex) && attempt < 3)
                {
                    db.DiscardChanges(); // another instance inserted the row first: count on it
                    continue;
                }
            }

            var row = await failures.AsNoTracking().Where(f => f.Client == key).Select(f => new { f.Failures, f.WindowStart }).FirstAsync(cancellationToken);
            return (row.Failures, row.WindowStart);
        }
    }

    private static string Key(string client) => client.Length <= AuthenticationFailure.ClientMaxLength ? client : client[..AuthenticationFailure.ClientMaxLength];
}
