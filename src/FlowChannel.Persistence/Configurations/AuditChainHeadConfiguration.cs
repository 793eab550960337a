using FlowChannel.Persistence.Audit;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Hash).HasMaxLength(AuditHash.Length);
        // The row exists from the migration on, so appending never has to create it (and race to do so).
        builder.HasData(new AuditChainHead { Id = AuditChainHead.SingletonId, Sequence = 0, Hash = AuditHash.Genesis });
    }
}
