using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class DashboardConfiguration : IEntityTypeConfiguration<Dashboard>
{
    public void Configure(EntityTypeBuilder<Dashboard> builder)
    {
        builder.ToTable("Dashboards");
        builder.HasKey(x => x.Id).HasName("PK_Dashboards");
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.PackId).HasMaxLength(64);
        builder.HasIndex(x => x.PackId).HasDatabaseName("IX_Dashboards_PackId");
    }
}
