using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class FormPermissionSetConfiguration : IEntityTypeConfiguration<FormPermissionSet>
{
    public void Configure(EntityTypeBuilder<FormPermissionSet> builder)
    {
        builder.ToTable("FormPermissionSets");
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Key).HasMaxLength(64);
        builder.Property(x => x.PackId).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.FormId, x.Key }).IsUnique().HasDatabaseName("IX_FormPermissionSets_FormId_Key");
    }
}
