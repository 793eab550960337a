using FlowChannel.Persistence.Audit;
using FlowChannel.Persistence.Configurations;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.FieldValues;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence;

/// <summary>The one EF Core model of FlowChannel, shared by the SQLite, SQL Server and PostgreSQL providers.</summary>
public sealed class FlowChannelDbContext(DbContextOptions<FlowChannelDbContext> options)
    : IdentityDbContext<FlowChannelUser>(options), IDataProtectionKeyContext
{
    public DbSet<FormDefinition> FormDefinitions => Set<FormDefinition>();
    public DbSet<FormRecord> FormRecords => Set<FormRecord>();
    public DbSet<FormDraft> FormDrafts => Set<FormDraft>();
    public DbSet<RecordDraft> RecordDrafts => Set<RecordDraft>();
    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitions => Set<WorkflowDefinitionVersion>();
    public DbSet<WorkflowTrigger> WorkflowTriggers => Set<WorkflowTrigger>();
    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();
    public DbSet<WorkflowTask> WorkflowTasks => Set<WorkflowTask>();
    public DbSet<WorkflowBookmark> WorkflowBookmarks => Set<WorkflowBookmark>();
    public DbSet<WorkflowTimelineEntry> WorkflowTimeline => Set<WorkflowTimelineEntry>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<InstalledPack> InstalledPacks => Set<InstalledPack>();
    public DbSet<InstalledPackFile> InstalledPackFiles => Set<InstalledPackFile>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<SerialCounter> SerialCounters => Set<SerialCounter>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<RecordUniqueValue> RecordUniqueValues => Set<RecordUniqueValue>();
    public DbSet<RecordFieldReference> RecordFieldReferences => Set<RecordFieldReference>();
    public DbSet<RecordFieldValue> RecordFieldValues => Set<RecordFieldValue>();
    public DbSet<RecordFact> RecordFacts => Set<RecordFact>();
    public DbSet<RecordFactSlot> RecordFactSlots => Set<RecordFactSlot>();
    public DbSet<SavedRecordView> SavedRecordViews => Set<SavedRecordView>();
    public DbSet<FormPermissionSet> FormPermissionSets => Set<FormPermissionSet>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();
    public DbSet<Dashboard> Dashboards => Set<Dashboard>();
    public DbSet<TaskDelegation> TaskDelegations => Set<TaskDelegation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Automation> Automations => Set<Automation>();
    public DbSet<AutomationRun> AutomationRuns => Set<AutomationRun>();
    public DbSet<AutomationScheduleFire> AutomationScheduleFires => Set<AutomationScheduleFire>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FlowChannelDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Each look at the tracker below would scan every tracked entity for changes: scan once before them instead.
        // SaveChanges scans again after them, so what they change (versions, references) is still saved.
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }
        var forms = ChangedForms();
        var saved = await SaveDetectedChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        FormChanges?.Note(this, forms);
        return saved;
    }

    private async Task<int> SaveDetectedChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;

        ChangeTracker.AutoDetectChangesEnabled = false;
        List<AuditEntry> audit;
        try
        {
            var auditEntries = ChangeTracker.Entries<AuditEntry>().ToList();
            AuditChainGuard.RefuseRewrites(auditEntries);
            BumpVersions();
            await RecordFieldReferenceIndex.SyncAsync(this, cancellationToken);
            await RecordFieldValueIndex.SyncAsync(this, cancellationToken);
            await Facts.RecordFactIndex.SyncAsync(this, cancellationToken);
            audit = AuditChainSealer.Pending(auditEntries);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
            _valueRows.Clear();
        }

        if (audit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await AuditChainSealer.SealAsync(this, audit, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Outside a unit of work (setup, tests): the head's move and the entries must still commit together.
        return await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            await AuditChainSealer.SealAsync(this, audit, ct);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            await transaction.CommitAsync(ct);
            return saved;
        }, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var auditEntries = ChangeTracker.Entries<AuditEntry>().ToList();
        AuditChainGuard.RefuseRewrites(auditEntries);
        // Chaining reads and moves the head row; it is written once, asynchronously, and nothing saves audit entries synchronously.
        if (AuditChainSealer.Pending(auditEntries).Count > 0)
        {
            throw new InvalidOperationException("Audit entries are saved with SaveChangesAsync, which links them into the chain.");
        }

        BumpVersions();
        RecordFieldReferenceIndex.Sync(this);
        try
        {
            RecordFieldValueIndex.Sync(this);
            Facts.RecordFactIndex.Sync(this);
        }
        finally
        {
            _valueRows.Clear();
        }
        var forms = ChangedForms();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        FormChanges?.Note(this, forms);
        return saved;
    }

    /// <summary>The tracker of form data changes this context reports to (null when built without one).</summary>
    private Changes.FormDataChanges? FormChanges => _formChanges ??= Changes.FormDataChanges.Of(this);

    private Changes.FormDataChanges? _formChanges;

    /// <summary>The forms whose records this save adds, changes or deletes.</summary>
    private HashSet<string> ChangedForms() =>
        [.. ChangeTracker.Entries<FormRecord>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity.FormId)];

    /// <summary>The value rows of records changed in the save under way, by record, with the JSON they were made from.</summary>
    private readonly Dictionary<Guid, (string Json, List<RecordFieldValue> Rows)> _valueRows = [];

    /// <summary>
    /// A changed record's value rows, made once per save: the value table stores them and the facts are read from them
    /// (the facts only read). Made again if the record's JSON is another string than the one they came from.
    /// </summary>
    internal List<RecordFieldValue> ValueRowsOf(FormRecord record)
    {
        if (_valueRows.TryGetValue(record.Id, out var made) && ReferenceEquals(made.Json, record.DataJson))
        {
            return made.Rows;
        }
        var rows = RecordFieldValueRows.For(record.Id, record.FormId, record.DataJson);
        _valueRows[record.Id] = (record.DataJson, rows);
        return rows;
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
