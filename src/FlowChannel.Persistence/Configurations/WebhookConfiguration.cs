using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("Webhooks");
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Url).HasMaxLength(2000);
        builder.Property(x => x.Events).HasMaxLength(200);
        builder.Property(x => x.ProtectedSecret).HasMaxLength(2000);
        builder.Property(x => x.PermissionSetKey).HasMaxLength(64);
        builder.Property(x => x.CreatedByUserId).HasMaxLength(450);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.FormId, x.IsActive }).HasDatabaseName("IX_Webhooks_FormId_IsActive");
    }
}
