using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// The partner-application flow persisted on SQLite, one step (start, resume) per operation, each step in its own
/// transaction the way <c>UnitOfWorkBehavior</c> runs a command: a fresh <see cref="FlowChannelDbContext"/>,
/// <c>BEGIN IMMEDIATE</c>, run the step, write the state JSON to <c>WorkflowInstances</c>, <c>SaveChanges</c>, commit.
/// The reference, measured in the same run on the same disk: the raw SQLite commit rate, one tiny INSERT per
/// transaction with Microsoft.Data.Sqlite. Target: each step ≥ 50 % of the raw rate (design.md).
/// Both databases are fresh files in WAL mode in one temporary folder, deleted afterwards.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(InvocationsPerIteration, 1)]
[WarmupCount(2)]
[IterationCount(10)]
public class PersistedWorkflowBenchmarks
{
    /// <summary>Steps per measured iteration; fixed so that each resume iteration can be given suspended instances first.</summary>
    public const int InvocationsPerIteration = 500;

    private readonly Queue<(string InstanceId, string BookmarkId)> _suspended = new();
    private PartnerApplicationFlow _flow = null!;
    private string _folder = "";
    private DbContextOptions<FlowChannelDbContext> _options = null!;

    // As the application registers it (AddDbContextPool): each step rents a reset context.
    private PooledDbContextFactory<FlowChannelDbContext> _contexts = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _rawInsert = null!;

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

        _raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "raw.db") }.ToString());
        _raw.Open();
        using (var create = _raw.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Commits (Id INTEGER PRIMARY KEY, Value TEXT NOT NULL);";
            create.ExecuteNonQuery();
        }

        _rawInsert = _raw.CreateCommand();
        _rawInsert.CommandText = "INSERT INTO Commits (Value) VALUES ($value)";
        _rawInsert.Parameters.AddWithValue("$value", "x");
        _rawInsert.Prepare();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _rawInsert.Dispose();
        _raw.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The reference: one tiny INSERT per transaction (<c>BEGIN IMMEDIATE</c> … <c>COMMIT</c>) on an open connection.</summary>
    [Benchmark]
    public void RawSqliteCommit()
    {
        using var transaction = _raw.BeginTransaction();
        _rawInsert.Transaction = transaction;
        _rawInsert.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Start a new instance (it stops at the approval bookmark) and insert its row.</summary>
    [Benchmark]
    public async Task PersistedStart()
    {
        await using var db = _contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var instanceId = Guid.NewGuid().ToString("N");
        var result = _flow.Start(instanceId);
        db.WorkflowInstances.Add(NewRow(instanceId, result.State));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    [IterationSetup(Target = nameof(PersistedResume))]
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
    public async Task PersistedResume()
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
