using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class FormDefinitionConfiguration : IEntityTypeConfiguration<FormDefinition>
{
    public void Configure(EntityTypeBuilder<FormDefinition> builder)
    {
        builder.ToTable("FormDefinitions");
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.PackId).HasMaxLength(64);
        builder.HasIndex(x => new { x.FormId, x.Version }).IsUnique().HasDatabaseName("IX_FormDefinitions_FormId_Version");
    }
}
