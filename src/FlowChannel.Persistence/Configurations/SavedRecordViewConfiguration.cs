using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class SavedRecordViewConfiguration : IEntityTypeConfiguration<SavedRecordView>
{
    public void Configure(EntityTypeBuilder<SavedRecordView> builder)
    {
        builder.ToTable("SavedRecordViews");
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.HasIndex(x => new { x.UserId, x.FormId, x.Name }).IsUnique().HasDatabaseName("IX_SavedRecordViews_UserId_FormId_Name");
    }
}
