using FlowChannel.Persistence.Audit;
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
        builder.Property(x => x.PreviousHash).HasMaxLength(AuditHash.Length);
        builder.Property(x => x.Hash).HasMaxLength(AuditHash.Length);
        // Chaining an older install's row updates it WHERE Sequence IS NULL: two nodes starting at once cannot both chain it.
        builder.Property(x => x.Sequence).IsConcurrencyToken();
        builder.HasIndex(x => x.At).HasDatabaseName("IX_AuditLog_At");
        // The last line of defence for the chain: two transactions can never both take the same position.
        builder.HasIndex(x => x.Sequence).IsUnique().HasDatabaseName("IX_AuditLog_Sequence");
        builder.HasIndex(x => x.UserId).HasDatabaseName("IX_AuditLog_UserId");
        builder.HasIndex(x => new { x.ObjectType, x.ObjectId }).HasDatabaseName("IX_AuditLog_ObjectType_ObjectId");
    }
}
