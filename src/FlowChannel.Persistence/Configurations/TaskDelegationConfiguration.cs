using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class TaskDelegationConfiguration : IEntityTypeConfiguration<TaskDelegation>
{
    public void Configure(EntityTypeBuilder<TaskDelegation> builder)
    {
        builder.ToTable("TaskDelegations");
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.DelegateUserId).HasMaxLength(450);
        builder.Property(x => x.Note).HasMaxLength(400);
        // One setting per user: opening a round looks it up by the approver.
        builder.HasIndex(x => x.UserId).IsUnique().HasDatabaseName("IX_TaskDelegations_UserId");
        builder.HasIndex(x => x.DelegateUserId).HasDatabaseName("IX_TaskDelegations_DelegateUserId");
    }
}
