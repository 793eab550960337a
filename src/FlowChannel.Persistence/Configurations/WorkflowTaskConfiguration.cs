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
        // Tasks made before rounds existed are approval tasks: the column's default says so for the existing rows.
        builder.Property(x => x.Kind).HasMaxLength(16).HasDefaultValue(TaskKinds.Approval);
        builder.Property(x => x.AddedPosition).HasMaxLength(8);
        builder.Property(x => x.OverdueAction).HasMaxLength(16);
        // A round's tasks share its bookmark; the instance's concurrency token makes its resumption happen once.
        builder.HasIndex(x => x.BookmarkId).HasDatabaseName("IX_WorkflowTasks_BookmarkId");
        builder.HasIndex(x => new { x.Status, x.DueAt }).HasDatabaseName("IX_WorkflowTasks_Status_DueAt");
        builder.HasIndex(x => new { x.Status, x.RemindAt }).HasDatabaseName("IX_WorkflowTasks_Status_RemindAt");
        builder.HasIndex(x => new { x.Status, x.Role }).HasDatabaseName("IX_WorkflowTasks_Status_Role");
        // An approver's open tasks in due order (the inbox's default sort) are one range of this index, already sorted.
        builder.HasIndex(x => new { x.Status, x.AssigneeUserId, x.DueAt }).HasDatabaseName("IX_WorkflowTasks_Status_AssigneeUserId_DueAt");
        builder.HasIndex(x => x.InstanceId).HasDatabaseName("IX_WorkflowTasks_InstanceId");
        // The inbox's processed tab (已办) and its count, on every inbox load.
        builder.HasIndex(x => new { x.CompletedByUserId, x.Status }).HasDatabaseName("IX_WorkflowTasks_CompletedByUserId_Status");
    }
}
