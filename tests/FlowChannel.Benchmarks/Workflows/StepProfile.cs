using System.Diagnostics;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// <c>dotnet run -c Release --project tests/FlowChannel.Benchmarks -- --statements</c>: the two product steps of
/// <see cref="PersistedWorkflowBenchmarks"/> broken down. After a warm-up it prints every SQL statement of one
/// submission and one approval, then, over many steps, how much of a step's time is spent waiting for SQLite
/// (statements, commit) and how much outside (EF, the application, the runtime). Not a benchmark: a profile to read.
/// </summary>
public static class StepProfile
{
    private const int Steps = 300;

    public static async Task RunAsync(TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("flowchannel-profile-").FullName;
        var log = new StatementLog();
        try
        {
            var data = JsonNode.Parse(Forms.RecordValidationBenchmarks.PartnerApplicationSubmission)!.AsObject();
            data.Remove("qualifications");
            await using var steps = await ProductSteps.CreateAsync(Path.Combine(folder, "flowchannel.db"), data, log);
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(5))
            {
                await steps.SubmitAsync();
                await steps.ApproveAsync((await steps.OpenTasksAsync()).Single());
            }

            log.Recording = true;
            await steps.SubmitAsync();
            Print(output, "submission (SubmitRecord)", log.Statements);
            log.Clear();
            log.Recording = false;
            var task = (await steps.OpenTasksAsync()).Single();
            log.Recording = true;
            await steps.ApproveAsync(task);
            Print(output, "approval (ActOnTask approve)", log.Statements);
            log.Clear();

            await MeasureAsync(output, "submission", log, () => steps.SubmitAsync());
            log.Recording = false;
            var tasks = new Queue<Guid>();
            for (var i = 0; i < Steps; i++)
            {
                await steps.SubmitAsync();
            }

            foreach (var id in await steps.OpenTasksAsync())
            {
                tasks.Enqueue(id);
            }

            await MeasureAsync(output, "approval", log, () => steps.ApproveAsync(tasks.Dequeue()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(TextWriter output, string name, StatementLog log, Func<Task> step)
    {
        log.Clear();
        log.Recording = true;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < Steps; i++)
        {
            await step();
        }

        total.Stop();
        log.Recording = false;
        var inSql = log.Statements.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        var commit = log.Statements.Where(s => s.Sql == "COMMIT").Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(c,
            "{0}: {1:N0} µs per step over {2} steps; waiting for SQLite {3:N0} µs ({4:N1} statements, of which COMMIT {5:N0} µs), outside {6:N0} µs; ~{7:N0} B allocated (whole process)",
            name, total.Elapsed.TotalMicroseconds / Steps, Steps, inSql.TotalMicroseconds / Steps, (double)log.Statements.Count / Steps,
            commit.TotalMicroseconds / Steps, (total.Elapsed - inSql).TotalMicroseconds / Steps,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / Steps));
        log.Clear();
    }

    private static void Print(TextWriter output, string step, IReadOnlyList<(string Sql, TimeSpan Elapsed)> statements)
    {
        output.WriteLine($"// {step}: {statements.Count} statements");
        foreach (var (sql, elapsed) in statements)
        {
            var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,8:N0} µs  {1}", elapsed.TotalMicroseconds,
                oneLine.Length > 220 ? oneLine[..220] + " …" : oneLine));
        }

        output.WriteLine();
    }
}
