using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class RecordDraftConfiguration : IEntityTypeConfiguration<RecordDraft>
{
    public void Configure(EntityTypeBuilder<RecordDraft> builder)
    {
        builder.ToTable("RecordDrafts");
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.OwnerUserId).HasMaxLength(450);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Version).IsConcurrencyToken();
        // "My drafts", newest first, is the only list there is.
        builder.HasIndex(x => new { x.OwnerUserId, x.UpdatedAt }).HasDatabaseName("IX_RecordDrafts_OwnerUserId_UpdatedAt");
    }
}
