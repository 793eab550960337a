using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class WorkflowTaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> builder)
    {
        builder.ToTable("WorkflowTasks");
        builder.Property(x => x.InstanceId).HasMaxLength(64);
        builder.Property(x => x.BookmarkId).HasMaxLength(64);
        builder.Property(x => x.ActivityId).HasMaxLength(64);
        builder.Property(x => x.Title).HasMaxLength(400);
        builder.Property(x => x.Role).HasMaxLength(64);
        builder.Property(x => x.AssigneeUserId).HasMaxLength(450);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.Outcome).HasMaxLength(32);
        builder.Property(x => x.CompletedByUserId).HasMaxLength(450);
        builder.Property(x => x.Version).IsConcurrencyToken();
        // One task per bookmark: resuming the same bookmark twice is impossible at the database level too.
        builder.HasIndex(x => x.BookmarkId).IsUnique().HasDatabaseName("IX_WorkflowTasks_BookmarkId");
        builder.HasIndex(x => new { x.Status, x.Role }).HasDatabaseName("IX_WorkflowTasks_Status_Role");
        builder.HasIndex(x => new { x.Status, x.AssigneeUserId }).HasDatabaseName("IX_WorkflowTasks_Status_AssigneeUserId");
        builder.HasIndex(x => x.InstanceId).HasDatabaseName("IX_WorkflowTasks_InstanceId");
    }
}
