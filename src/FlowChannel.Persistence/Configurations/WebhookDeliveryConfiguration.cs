using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Event).HasMaxLength(64);
        builder.HasIndex(x => new { x.WebhookId, x.CreatedAt }).HasDatabaseName("IX_WebhookDeliveries_WebhookId_CreatedAt");
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("WebhookAttempts");
        builder.Property(x => x.Error).HasMaxLength(2000);
        builder.HasIndex(x => new { x.DeliveryId, x.Attempt }).HasDatabaseName("IX_WebhookAttempts_DeliveryId_Attempt");
    }
}
