using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Partner.Infrastructure.Persistence.Sqlite;

public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
