using Microsoft.Data.Sqlite;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// The partner-application flow persisted on SQLite through the application itself (<see cref="ProductSteps"/>): one
/// operation is one product step, a command in its own unit of work: the submission that starts the instance, or
/// the manager's approval that resumes it to the end. The reference, measured in the same run on the same disk: the
/// raw SQLite commit rate, with Microsoft.Data.Sqlite on an open connection, of transactions like the product's
/// (<c>BEGIN IMMEDIATE</c>, one INSERT of a row the size of the instance's state, <c>COMMIT</c>) on a file in WAL mode
/// with the product's connection settings (SQLite's default <c>synchronous=FULL</c>, as the product ships).
/// Target: each step ≥ 50 % of the raw rate (design.md). Beside the product's commands, the engine's own steps on the
/// same database (<see cref="EngineSteps"/>): the workflow host starting and resuming the flow without a person's
/// request around it. Both databases live in one temporary folder, deleted afterwards.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(InvocationsPerIteration, 1)]
[WarmupCount(2)]
[IterationCount(10)]
public class PersistedWorkflowBenchmarks
{
    /// <summary>Steps per measured iteration; fixed so that each resume iteration can be given open tasks first.</summary>
    public const int InvocationsPerIteration = 500;

    private readonly Queue<Guid> _openTasks = new();
    private readonly Queue<string> _waitingBookmarks = new();
    private string _folder = "";
    private ProductSteps _steps = null!;
    private EngineSteps _engine = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _rawInsert = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("flowchannel-benchmarks-").FullName;
        // The complete application of the validation benchmark (its ratings score 76: it goes to the approval); the
        // attachment is left out, as it would have to be uploaded first.
        var data = JsonNode.Parse(Forms.RecordValidationBenchmarks.PartnerApplicationSubmission)!.AsObject();
        data.Remove("qualifications");
        _steps = ProductSteps.CreateAsync(Path.Combine(_folder, "flowchannel.db"), data).GetAwaiter().GetResult();
        var stateSize = EnsureApprovalPath().GetAwaiter().GetResult();
        _engine = EngineSteps.CreateAsync(_steps).GetAwaiter().GetResult();

        // As for the runtime alone: a server that has been up a while has its EF queries compiled and every hot
        // method at its final tier, which on 2 cores takes longer than the job's two warm-up iterations.
        SteadyState.Reach(() =>
        {
            _steps.SubmitAsync().GetAwaiter().GetResult();
            _steps.ApproveAsync(_steps.OpenTasksAsync().GetAwaiter().GetResult().Single()).GetAwaiter().GetResult();
            _engine.ResumeAsync(_engine.StartAsync().GetAwaiter().GetResult()).GetAwaiter().GetResult();
        });

        _raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "raw.db") }.ToString());
        _raw.Open();
        using (var create = _raw.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Commits (Id INTEGER PRIMARY KEY, Value TEXT NOT NULL);";
            create.ExecuteNonQuery();
        }

        _rawInsert = _raw.CreateCommand();
        _rawInsert.CommandText = "INSERT INTO Commits (Value) VALUES ($value)";
        _rawInsert.Parameters.AddWithValue("$value", new string('x', stateSize));
        _rawInsert.Prepare();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _rawInsert.Dispose();
        _raw.Dispose();
        _steps.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The reference: one INSERT of a state-sized row per transaction (<c>BEGIN IMMEDIATE</c> … <c>COMMIT</c>).</summary>
    [Benchmark]
    public void RawSqliteCommit()
    {
        using var transaction = _raw.BeginTransaction();
        _rawInsert.Transaction = transaction;
        _rawInsert.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>A partner application submitted: record, instance up to the approval, round and task, in one commit.</summary>
    [Benchmark]
    public Task PersistedStart() => _steps.SubmitAsync();

    [IterationSetup(Target = nameof(PersistedResume))]
    public void CreateOpenTasks()
    {
        // Outside the measurement: a waiting instance with an open task for every resume of the iteration.
        for (var i = 0; i < InvocationsPerIteration; i++)
        {
            _steps.SubmitAsync().GetAwaiter().GetResult();
        }

        _openTasks.Clear();
        foreach (var task in _steps.OpenTasksAsync().GetAwaiter().GetResult())
        {
            _openTasks.Enqueue(task);
        }
    }

    /// <summary>The manager approves: the instance resumes and finishes, with its effects, in one commit.</summary>
    [Benchmark]
    public Task PersistedResume()
    {
        if (_openTasks.Count == 0)
        {
            // Only BenchmarkDotNet's first (jitting) call can get here without an iteration setup.
            CreateOpenTasks();
        }

        return _steps.ApproveAsync(_openTasks.Dequeue());
    }

    /// <summary>The engine alone: an instance started from the form trigger for a stored application, in one commit.</summary>
    [Benchmark]
    public Task<string> EngineStart() => _engine.StartAsync();

    [IterationSetup(Target = nameof(EngineResume))]
    public void CreateWaitingInstances()
    {
        _waitingBookmarks.Clear();
        for (var i = 0; i < InvocationsPerIteration; i++)
        {
            _waitingBookmarks.Enqueue(_engine.StartAsync().GetAwaiter().GetResult());
        }
    }

    /// <summary>The engine alone: the approval bookmark resumed by the host's command; the instance finishes, in one commit.</summary>
    [Benchmark]
    public Task EngineResume()
    {
        if (_waitingBookmarks.Count == 0)
        {
            CreateWaitingInstances();
        }

        return _engine.ResumeAsync(_waitingBookmarks.Dequeue());
    }

    /// <summary>Checks once that a submission waits for the approval and an approval finishes it; returns the state's size.</summary>
    private async Task<int> EnsureApprovalPath()
    {
        var instanceId = await _steps.SubmitAsync();
        var (waiting, stateJson) = await _steps.InstanceAsync(instanceId);
        var task = (await _steps.OpenTasksAsync()).Single();
        await _steps.ApproveAsync(task);
        var (finished, _) = await _steps.InstanceAsync(instanceId);
        if (waiting != "Suspended" || finished != "Finished")
        {
            throw new InvalidOperationException($"Expected Suspended then Finished, got {waiting} then {finished}.");
        }

        return System.Text.Encoding.UTF8.GetByteCount(stateJson);
    }
}
