using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowChannel.Persistence.Configurations;

internal sealed class AutomationConfiguration : IEntityTypeConfiguration<Automation>
{
    public void Configure(EntityTypeBuilder<Automation> builder)
    {
        builder.ToTable("Automations");
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Key).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.TriggerKind).HasMaxLength(32);
        builder.Property(x => x.PackId).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.FormId, x.Key }).IsUnique().HasDatabaseName("IX_Automations_FormId_Key");
        builder.HasIndex(x => new { x.TriggerKind, x.IsActive }).HasDatabaseName("IX_Automations_TriggerKind_IsActive");
    }
}

internal sealed class AutomationRunConfiguration : IEntityTypeConfiguration<AutomationRun>
{
    public void Configure(EntityTypeBuilder<AutomationRun> builder)
    {
        builder.ToTable("AutomationRuns");
        builder.Property(x => x.FormId).HasMaxLength(64);
        builder.Property(x => x.Trigger).HasMaxLength(32);
        builder.Property(x => x.Outcome).HasMaxLength(16);
        builder.Property(x => x.Summary).HasMaxLength(2000);
        builder.Property(x => x.Error).HasMaxLength(2000);
        builder.HasIndex(x => new { x.AutomationId, x.At }).HasDatabaseName("IX_AutomationRuns_AutomationId_At");
        builder.HasIndex(x => new { x.FormId, x.At }).HasDatabaseName("IX_AutomationRuns_FormId_At");
    }
}

internal sealed class AutomationScheduleFireConfiguration : IEntityTypeConfiguration<AutomationScheduleFire>
{
    public void Configure(EntityTypeBuilder<AutomationScheduleFire> builder)
    {
        builder.ToTable("AutomationScheduleFires");
        builder.HasIndex(x => new { x.AutomationId, x.RecordId, x.DueAt }).IsUnique()
            .HasDatabaseName("IX_AutomationScheduleFires_AutomationId_RecordId_DueAt");
    }
}
