using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ZhuwaGen.Tourism.Cms.Persistence;

/// <summary>
/// Every DateTime the CMS stores is UTC. SQLite keeps no kind, so values read back as Unspecified and an API would
/// write them without an offset on SQLite and with "Z" on PostgreSQL; this marks them UTC on the way out.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
