using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.FieldValues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class RecordFactConfiguration : IEntityTypeConfiguration<RecordFact>
{
    public void Configure(EntityTypeBuilder<RecordFact> builder)
    {
        builder.ToTable("RecordFacts");
        builder.HasKey(x => x.RecordId);
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Status).HasMaxLength(32);
        builder.Property(x => x.OwnerUserId).HasMaxLength(450);
        builder.Property(x => x.CreatedByUserId).HasMaxLength(450);
        for (var i = 0; i < RecordFact.TextSlots; i++)
        {
            builder.Property<string?>(RecordFactSlot.Text + i).HasMaxLength(RecordFieldValueRows.MaxTextLength);
        }
        builder.HasOne<FormRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        // A dashboard reads all of a form's rows, or one partner's: both start at the form.
        builder.HasIndex(x => new { x.FormId, x.PartnerId }).HasDatabaseName("IX_RecordFacts_FormId_PartnerId");
    }
}

internal sealed class RecordFactSlotConfiguration : IEntityTypeConfiguration<RecordFactSlot>
{
    public void Configure(EntityTypeBuilder<RecordFactSlot> builder)
    {
        builder.ToTable("RecordFactSlots");
        builder.HasKey(x => new { x.FormId, x.Kind, x.Index });
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Kind).HasMaxLength(1);
        builder.Property(x => x.FieldKey).HasMaxLength(64);
        builder.Ignore(x => x.Column);
        // A field has at most one slot of each kind.
        builder.HasIndex(x => new { x.FormId, x.FieldKey, x.Kind }).IsUnique().HasDatabaseName("IX_RecordFactSlots_FormId_FieldKey_Kind");
    }
}
