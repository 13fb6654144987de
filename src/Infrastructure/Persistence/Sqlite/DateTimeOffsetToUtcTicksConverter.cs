using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Partner.Infrastructure.Persistence.Sqlite;

/// <summary>Stores a DateTimeOffset as UTC ticks (SQLite has no native type for it).</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
