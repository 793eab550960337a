using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("Departments");
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.NameEn).HasMaxLength(100);
        builder.Property(x => x.HeadUserId).HasMaxLength(450);
        // No cascade: SQL Server refuses cascading paths on a self-reference, and departments are deactivated anyway.
        builder.HasOne<Department>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.ParentId).HasDatabaseName("IX_Departments_ParentId");
    }
}
