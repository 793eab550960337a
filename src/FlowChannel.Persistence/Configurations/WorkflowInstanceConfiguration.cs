using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.DefinitionId).HasMaxLength(64);
        builder.Property(x => x.DefinitionVersionId).HasMaxLength(64);
        builder.Property(x => x.Status).HasMaxLength(32);
        builder.Property(x => x.SubStatus).HasMaxLength(32);
        builder.Property(x => x.CorrelationId).HasMaxLength(200);
        builder.Property(x => x.InitiatorUserId).HasMaxLength(450);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.DefinitionId, x.Status }).HasDatabaseName("IX_WorkflowInstances_DefinitionId_Status");
        builder.HasIndex(x => x.CorrelationId).HasDatabaseName("IX_WorkflowInstances_CorrelationId");
    }
}
