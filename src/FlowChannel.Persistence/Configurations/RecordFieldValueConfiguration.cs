using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.FieldValues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class RecordFieldValueConfiguration : IEntityTypeConfiguration<RecordFieldValue>
{
    public void Configure(EntityTypeBuilder<RecordFieldValue> builder)
    {
        builder.ToTable("RecordFieldValues");
        builder.HasKey(x => new { x.RecordId, x.FieldKey, x.Ordinal });
        builder.Property(x => x.FieldKey).HasMaxLength(RecordFieldValueRows.MaxKeyLength);
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Text).HasMaxLength(RecordFieldValueRows.MaxTextLength);
        builder.HasOne<FormRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        // One index per value type, each starting with (form, field) and ending with the record: a filter walks a
        // range of it and a sort walks it in order, both without touching the table (the record id is in the index).
        // The text index holds every row, so it also serves "(form, field) has a value / is empty"; a row has a number,
        // a date or a link only for fields of that type, and those indexes hold only such rows (filters and sort walks
        // always compare or test the column): a text value's row now goes into three B-trees instead of six.
        builder.HasIndex(x => new { x.FormId, x.FieldKey, x.Text, x.RecordId }).HasDatabaseName("IX_RecordFieldValues_FormId_FieldKey_Text");
        builder.HasIndex(x => new { x.FormId, x.FieldKey, x.Number, x.RecordId }).HasDatabaseName("IX_RecordFieldValues_FormId_FieldKey_Number")
            .HasFilter(IndexFilters.HasValue(nameof(RecordFieldValue.Number)));
        builder.HasIndex(x => new { x.FormId, x.FieldKey, x.Date, x.RecordId }).HasDatabaseName("IX_RecordFieldValues_FormId_FieldKey_Date")
            .HasFilter(IndexFilters.HasValue(nameof(RecordFieldValue.Date)));
        // Following a link backwards: which records point at these linked records.
        builder.HasIndex(x => new { x.LinkedRecordId, x.FieldKey }).HasDatabaseName("IX_RecordFieldValues_LinkedRecordId_FieldKey")
            .HasFilter(IndexFilters.HasValue(nameof(RecordFieldValue.LinkedRecordId)));
    }
}
