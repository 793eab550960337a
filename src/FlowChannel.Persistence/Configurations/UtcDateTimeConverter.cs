using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FlowChannel.Persistence.Configurations;

/// <summary>
/// All timestamps are UTC. SQLite hands DateTime back with Kind=Unspecified, which would serialise without
/// a zone; marking it Utc on the way out keeps the three providers identical (Npgsql also insists on Utc).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
