using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// A diagnostic beside <see cref="PersistedWorkflowBenchmarks"/>: the runtime's step and the instance row alone, each
/// step in its own transaction (a pooled <see cref="FlowChannelDbContext"/>, <c>BEGIN IMMEDIATE</c>, run the step,
/// write the state JSON to <c>WorkflowInstances</c>, <c>SaveChanges</c>, commit). The product's step writes much more
/// in that transaction (the record, effects, tasks, bookmark index, timeline); this shows what the runtime and one
/// row cost by themselves. The database is a fresh file in WAL mode, deleted afterwards.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(InvocationsPerIteration, 1)]
[WarmupCount(2)]
[IterationCount(10)]
public class PersistedInstanceRowBenchmarks
{
    /// <summary>Steps per measured iteration; fixed so that each resume iteration can be given suspended instances first.</summary>
    public const int InvocationsPerIteration = 500;

    private readonly Queue<(string InstanceId, string BookmarkId)> _suspended = new();
    private PartnerApplicationFlow _flow = null!;
    private string _folder = "";
    private DbContextOptions<FlowChannelDbContext> _options = null!;

    // As the application registers it (AddDbContextPool): each step rents a reset context.
    private PooledDbContextFactory<FlowChannelDbContext> _contexts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _flow = new PartnerApplicationFlow();
        _flow.EnsureApprovalPath();
        _folder = Directory.CreateTempSubdirectory("flowchannel-benchmarks-").FullName;

        var provider = new SqliteDatabaseProvider();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "flowchannel.db") }.ToString();
        provider.PrepareStorage(connectionString);
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        provider.Configure(builder, connectionString);
        _options = builder.Options;
        _contexts = new PooledDbContextFactory<FlowChannelDbContext>(_options);
        using (var db = new FlowChannelDbContext(_options))
        {
            // The real schema: every migration, then the provider's WAL switch.
            new DatabaseMigrator(db, provider).MigrateAsync().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Start a new instance (it stops at the approval bookmark) and insert its row.</summary>
    [Benchmark]
    public async Task InstanceRowStart()
    {
        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var instanceId = Guid.NewGuid().ToString("N");
        var result = _flow.Start(instanceId);
        db.WorkflowInstances.Add(NewRow(instanceId, result.State));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    [IterationSetup(Target = nameof(InstanceRowResume))]
    public void CreateSuspendedInstances()
    {
        // Outside the measurement and in one transaction: enough waiting instances for one iteration of resumes.
        _suspended.Clear();
        using var db = new FlowChannelDbContext(_options);
        using var transaction = db.Database.BeginTransaction();
        for (var i = 0; i < InvocationsPerIteration; i++)
        {
            var instanceId = Guid.NewGuid().ToString("N");
            var result = _flow.Start(instanceId);
            db.WorkflowInstances.Add(NewRow(instanceId, result.State));
            _suspended.Enqueue((instanceId, result.CreatedBookmarks[0].Id));
        }

        db.SaveChanges();
        transaction.Commit();
    }

    /// <summary>Load a waiting instance, resume its approval bookmark with Approved (it finishes) and update its row.</summary>
    [Benchmark]
    public async Task InstanceRowResume()
    {
        if (_suspended.Count == 0)
        {
            // Only BenchmarkDotNet's first (jitting) call can get here without an iteration setup.
            CreateSuspendedInstances();
        }

        var (instanceId, bookmarkId) = _suspended.Dequeue();
        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId);
        var result = _flow.Resume(WorkflowInstanceState.FromJson(instance.StateJson), bookmarkId);
        Apply(instance, result.State);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        if (result.State.Status != WorkflowStatus.Finished)
        {
            throw new InvalidOperationException($"Instance {instanceId} did not finish: {result.State.SubStatus}.");
        }
    }

    private static WorkflowInstance NewRow(string instanceId, WorkflowInstanceState state)
    {
        var instance = new WorkflowInstance
        {
            Id = instanceId,
            DefinitionId = state.DefinitionId,
            DefinitionVersionId = state.DefinitionVersionId,
            DefinitionVersion = state.DefinitionVersion,
            Status = "",
            SubStatus = "",
            CorrelationId = state.CorrelationId,
            InitiatorUserId = "user-7",
            StateJson = "",
        };
        Apply(instance, state);
        return instance;
    }

    /// <summary>What <c>WorkflowEngine</c> writes after each step.</summary>
    private static void Apply(WorkflowInstance instance, WorkflowInstanceState state)
    {
        var now = DateTime.UtcNow;
        instance.StateJson = state.ToJson();
        instance.Status = state.Status.ToString();
        instance.SubStatus = state.SubStatus.ToString();
        instance.UpdatedAt = now;
        instance.FinishedAt = state.Status == WorkflowStatus.Finished ? now : null;
    }
}
