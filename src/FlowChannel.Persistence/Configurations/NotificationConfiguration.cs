using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(x => x.RecipientUserId).HasMaxLength(450);
        builder.Property(x => x.Subject).HasMaxLength(400);
        builder.Property(x => x.InstanceId).HasMaxLength(64);
        builder.HasIndex(x => new { x.RecipientUserId, x.CreatedAt }).HasDatabaseName("IX_Notifications_RecipientUserId_CreatedAt");
    }
}
