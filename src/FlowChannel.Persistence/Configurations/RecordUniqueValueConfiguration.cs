using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class RecordUniqueValueConfiguration : IEntityTypeConfiguration<RecordUniqueValue>
{
    public void Configure(EntityTypeBuilder<RecordUniqueValue> builder)
    {
        // The table and column names are also spelled out in the claim's INSERT (Application's UniqueValueClaims).
        builder.ToTable("RecordUniqueValues");
        builder.HasKey(x => new { x.FormId, x.FieldKey, x.ValueHash });
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.FieldKey).HasMaxLength(64);
        builder.Property(x => x.ValueHash).HasMaxLength(64);
        builder.HasIndex(x => x.RecordId).HasDatabaseName("IX_RecordUniqueValues_RecordId");
    }
}
