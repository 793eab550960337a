using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.DefinitionId).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.PackId).HasMaxLength(64);
        builder.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique().HasDatabaseName("IX_WorkflowDefinitions_DefinitionId_Version");
    }
}
