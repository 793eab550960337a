using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class WorkflowBookmarkConfiguration : IEntityTypeConfiguration<WorkflowBookmark>
{
    public void Configure(EntityTypeBuilder<WorkflowBookmark> builder)
    {
        builder.ToTable("WorkflowBookmarks");
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.InstanceId).HasMaxLength(64);
        builder.Property(x => x.ActivityId).HasMaxLength(64);
        builder.Property(x => x.Kind).HasMaxLength(16);
        builder.Property(x => x.Key).HasMaxLength(200);
        builder.HasIndex(x => new { x.Kind, x.DueAt }).HasDatabaseName("IX_WorkflowBookmarks_Kind_DueAt");
        builder.HasIndex(x => new { x.Kind, x.Key }).HasDatabaseName("IX_WorkflowBookmarks_Kind_Key");
        builder.HasIndex(x => x.InstanceId).HasDatabaseName("IX_WorkflowBookmarks_InstanceId");
    }
}
