using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Partner.Infrastructure.Persistence.PostgreSql;

public sealed class DateTimeOffsetToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
