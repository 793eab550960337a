using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class FormRecordConfiguration : IEntityTypeConfiguration<FormRecord>
{
    public void Configure(EntityTypeBuilder<FormRecord> builder)
    {
        builder.ToTable("FormRecords");
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Status).HasMaxLength(32);
        builder.Property(x => x.OwnerUserId).HasMaxLength(450);
        builder.Property(x => x.CreatedByUserId).HasMaxLength(450);
        builder.Property(x => x.WorkflowInstanceId).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.DeletedByUserId).HasMaxLength(450);
        // Deleted records are out of every query unless one asks with IgnoreQueryFilters (restore, history).
        builder.HasQueryFilter(x => x.DeletedAt == null);
        builder.HasIndex(x => new { x.FormId, x.CreatedAt }).HasDatabaseName("IX_FormRecords_FormId_CreatedAt");
        // Scopes look records up by partner or department, never for the ones without: those need no index entry.
        builder.HasIndex(x => new { x.FormId, x.PartnerId }).HasDatabaseName("IX_FormRecords_FormId_PartnerId")
            .HasFilter(IndexFilters.HasValue(nameof(FormRecord.PartnerId)));
        builder.HasIndex(x => new { x.FormId, x.DepartmentId }).HasDatabaseName("IX_FormRecords_FormId_DepartmentId")
            .HasFilter(IndexFilters.HasValue(nameof(FormRecord.DepartmentId)));
        builder.HasIndex(x => new { x.CreatedByUserId, x.FormId }).HasDatabaseName("IX_FormRecords_CreatedByUserId_FormId");
        builder.HasIndex(x => new { x.OwnerUserId, x.FormId }).HasDatabaseName("IX_FormRecords_OwnerUserId_FormId");
        // The record a flow runs for (withdrawing, the flow's path): found by its instance, not by scanning the records.
        builder.HasIndex(x => x.WorkflowInstanceId).HasDatabaseName("IX_FormRecords_WorkflowInstanceId")
            .HasFilter(IndexFilters.HasValue(nameof(FormRecord.WorkflowInstanceId)));
    }
}
