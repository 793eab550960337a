using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class SerialCounterConfiguration : IEntityTypeConfiguration<SerialCounter>
{
    public void Configure(EntityTypeBuilder<SerialCounter> builder)
    {
        // The table and column names are also spelled out in each provider's insert-if-missing SQL.
        builder.ToTable("SerialCounters");
        builder.HasKey(x => new { x.FormId, x.FieldKey, x.Period });
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.FieldKey).HasMaxLength(64);
        builder.Property(x => x.Period).HasMaxLength(16);
    }
}
