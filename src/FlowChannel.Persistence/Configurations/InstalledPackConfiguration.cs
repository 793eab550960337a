using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class InstalledPackConfiguration : IEntityTypeConfiguration<InstalledPack>
{
    public void Configure(EntityTypeBuilder<InstalledPack> builder)
    {
        builder.ToTable("InstalledPacks");
        builder.HasKey(x => x.PackId);
        builder.Property(x => x.PackId).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Version).HasMaxLength(32);
    }
}
