using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class WorkflowTimelineEntryConfiguration : IEntityTypeConfiguration<WorkflowTimelineEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowTimelineEntry> builder)
    {
        builder.ToTable("WorkflowTimeline");
        builder.Property(x => x.InstanceId).HasMaxLength(64);
        builder.Property(x => x.ActivityId).HasMaxLength(64);
        builder.Property(x => x.Action).HasMaxLength(32);
        builder.Property(x => x.ActorUserId).HasMaxLength(450);
        builder.Property(x => x.ActorName).HasMaxLength(256);
        builder.Property(x => x.TargetUserId).HasMaxLength(450);
        builder.Property(x => x.Comment).HasMaxLength(4000);
        builder.HasIndex(x => new { x.InstanceId, x.At }).HasDatabaseName("IX_WorkflowTimeline_InstanceId_At");
    }
}
