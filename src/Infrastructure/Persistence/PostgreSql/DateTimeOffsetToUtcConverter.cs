using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Partner.Infrastructure.Persistence.PostgreSql;

/// <summary>Writes a DateTimeOffset as the same instant at offset 0 (timestamptz stores instants; values read are UTC).</summary>
public sealed class DateTimeOffsetToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
