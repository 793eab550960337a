using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(200);
        builder.Property(x => x.InstanceId).HasMaxLength(64);
        builder.Property(x => x.BookmarkId).HasMaxLength(64);
        builder.Property(x => x.LastError).HasMaxLength(2000);
        builder.Property(x => x.Version).IsConcurrencyToken();
        // A retried step asks for the same message again: the key makes the second copy impossible.
        builder.HasIndex(x => x.IdempotencyKey).IsUnique().HasDatabaseName("IX_OutboxMessages_IdempotencyKey");
        builder.HasIndex(x => new { x.DeliveredAt, x.AbandonedAt, x.NextAttemptAt }).HasDatabaseName("IX_OutboxMessages_Pending");
    }
}
