using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>Stored times are UTC; SQLite keeps no kind, so values read back are marked UTC (as the CMS does).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
