using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class RecordFieldReferenceConfiguration : IEntityTypeConfiguration<RecordFieldReference>
{
    public void Configure(EntityTypeBuilder<RecordFieldReference> builder)
    {
        builder.ToTable("RecordFieldReferences");
        builder.HasKey(x => new { x.RecordId, x.FieldKey, x.TargetId });
        builder.Property(x => x.FieldKey).HasMaxLength(64);
        builder.Property(x => x.TargetId).HasMaxLength(450);
        builder.HasOne<FormRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        // The scope lookup: which records name this user in this field.
        builder.HasIndex(x => new { x.TargetId, x.FieldKey }).HasDatabaseName("IX_RecordFieldReferences_TargetId_FieldKey");
    }
}
