using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class InstalledPackFileConfiguration : IEntityTypeConfiguration<InstalledPackFile>
{
    public void Configure(EntityTypeBuilder<InstalledPackFile> builder)
    {
        builder.ToTable("InstalledPackFiles");
        builder.HasKey(x => new { x.PackId, x.Path }).HasName("PK_InstalledPackFiles");
        builder.Property(x => x.PackId).HasMaxLength(64);
        builder.Property(x => x.Path).HasMaxLength(260);
    }
}
