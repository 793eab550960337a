using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

/// <summary>What FlowChannel adds to ASP.NET Identity's user table (configured by the Identity context itself).</summary>
internal sealed class FlowChannelUserConfiguration : IEntityTypeConfiguration<FlowChannelUser>
{
    public void Configure(EntityTypeBuilder<FlowChannelUser> builder)
    {
        builder.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(x => x.PartnerId).HasDatabaseName("IX_AspNetUsers_PartnerId");
        builder.HasIndex(x => x.DepartmentId).HasDatabaseName("IX_AspNetUsers_DepartmentId");
    }
}
