using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class WorkflowTriggerConfiguration : IEntityTypeConfiguration<WorkflowTrigger>
{
    public void Configure(EntityTypeBuilder<WorkflowTrigger> builder)
    {
        builder.ToTable("WorkflowTriggers");
        builder.Property(x => x.DefinitionVersionId).HasMaxLength(64);
        builder.Property(x => x.DefinitionId).HasMaxLength(64);
        builder.Property(x => x.Kind).HasMaxLength(64);
        builder.Property(x => x.Key).HasMaxLength(200);
        builder.Property(x => x.ActivityId).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.Kind, x.Key }).HasDatabaseName("IX_WorkflowTriggers_Kind_Key");
        builder.HasIndex(x => new { x.Kind, x.NextFireAt }).HasDatabaseName("IX_WorkflowTriggers_Kind_NextFireAt");
    }
}
