using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.Name).HasMaxLength(255);
        builder.Property(x => x.ContentType).HasMaxLength(128);
        builder.Property(x => x.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(x => x.UploadedByUserId).HasDatabaseName("IX_StoredFiles_UploadedByUserId");
    }
}
