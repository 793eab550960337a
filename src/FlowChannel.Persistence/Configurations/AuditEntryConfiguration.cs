using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.Action).HasMaxLength(64);
        builder.Property(x => x.ObjectType).HasMaxLength(64);
        builder.Property(x => x.ObjectId).HasMaxLength(64);
        builder.HasIndex(x => x.At).HasDatabaseName("IX_AuditLog_At");
    }
}
