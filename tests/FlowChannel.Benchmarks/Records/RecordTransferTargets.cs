using System.Diagnostics;
using FlowChannel.Application.Records.Export;
using FlowChannel.Application.Records.Import;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Records;

/// <summary>
/// <c>dotnet run -c Release --project tests/FlowChannel.Benchmarks -- transfer [rows]</c>: the import and export targets
/// of design.md, measured once each on a fresh database (a 100,000-row import is one long operation; BenchmarkDotNet's
/// repeated iterations would take most of an hour on 2 cores). Prints each time against its target, against the raw
/// SQLite insert of the same rows measured in the same run, and the peak memory seen while it ran.
/// </summary>
public static class RecordTransferTargets
{
    private const double ImportTargetSeconds = 20;
    private const double ExportTargetSeconds = 5;

    public static async Task<int> RunAsync(int rows)
    {
        var folder = Directory.CreateTempSubdirectory("flowchannel-transfer-bench-").FullName;
        try
        {
            await using var app = await TransferApp.CreateAsync(folder);
            var csvPath = Path.Combine(folder, "orders.csv");
            await File.WriteAllLinesAsync(csvPath, [TransferApp.Header, .. Enumerable.Range(1, rows).Select(i => TransferApp.Row(i).Csv)]);
            await WarmUpAsync(app, folder);

            var raw = RawInsert(Path.Combine(folder, "raw.db"), rows);
            var (dryRun, _, dryRunCpu) = await MeasureAsync(() => ImportAsync(app, csvPath, write: false));
            var (import, importPeak, importCpu) = await MeasureAsync(() => ImportAsync(app, csvPath));
            var (xlsx, xlsxPeak, _) = await MeasureAsync(() => ExportAsync(app, Path.Combine(folder, "out.xlsx"), ExportFormat.Xlsx));
            var (csv, csvPeak, _) = await MeasureAsync(() => ExportAsync(app, Path.Combine(folder, "out.csv"), ExportFormat.Csv));

            var c = CultureInfo.InvariantCulture;
            Console.WriteLine();
            Console.WriteLine("// * FlowChannel import/export targets (design.md) *");
            Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            Console.WriteLine(string.Format(c, "raw SQLite insert of {0:N0} rows of the same JSON, one transaction (reference): {1:N2} s", rows, raw.TotalSeconds));
            Console.WriteLine(string.Format(c, "import of {0:N0} CSV rows (upload, check as submissions, write): {1:N2} s (target ≤ {2} s, {3}); {4:N1}× the raw insert; peak managed heap {5:N0} MB",
                rows, import.TotalSeconds, ImportTargetSeconds, import.TotalSeconds <= ImportTargetSeconds ? "met" : "NOT met", import / raw, importPeak / 1e6));
            Console.WriteLine(string.Format(c, "  of which checking alone (the dry run of the same file): {0:N2} s", dryRun.TotalSeconds));
            // On a shared machine the wall times grow with the load; the CPU the process used much less so.
            Console.WriteLine(string.Format(c, "  process CPU time: import {0:N2} s, dry run {1:N2} s", importCpu.TotalSeconds, dryRunCpu.TotalSeconds));
            Console.WriteLine(string.Format(c, "export of {0:N0} rows to .xlsx: {1:N2} s (target ≤ {2} s, {3}); peak managed heap {4:N0} MB",
                rows, xlsx.TotalSeconds, ExportTargetSeconds, xlsx.TotalSeconds <= ExportTargetSeconds ? "met" : "NOT met", xlsxPeak / 1e6));
            Console.WriteLine(string.Format(c, "export of {0:N0} rows to CSV: {1:N2} s (target ≤ {2} s, {3}); peak managed heap {4:N0} MB",
                rows, csv.TotalSeconds, ExportTargetSeconds, csv.TotalSeconds <= ExportTargetSeconds ? "met" : "NOT met", csvPeak / 1e6));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A small import and export first, so the figures are not of JIT compilation.</summary>
    private static async Task WarmUpAsync(TransferApp app, string folder)
    {
        var path = Path.Combine(folder, "warm.csv");
        await File.WriteAllLinesAsync(path, [TransferApp.Header, .. Enumerable.Range(900_000_001, 500).Select(i => TransferApp.Row(i).Csv.Replace("BO-", "WU-", StringComparison.Ordinal))]);
        await ImportAsync(app, path);
        await ExportAsync(app, Path.Combine(folder, "warm.xlsx"), ExportFormat.Xlsx);
    }

    private static async Task ImportAsync(TransferApp app, string csvPath, bool write = true)
    {
        RecordImportView view;
        await using (var file = File.OpenRead(csvPath))
        {
            view = await app.SendAsync(new UploadRecordImport(app.Admin, TransferApp.FormId, "orders.csv", file, CultureInfo.InvariantCulture));
        }
        var job = app.Services.GetRequiredService<RecordImportJobs>().Find(view.Id, app.Admin);
        var report = write ? await app.SendAsync(new CommitRecordImport(app.Admin, job)) : await app.SendAsync(new CheckRecordImport(app.Admin, job));
        if (report.BadRows > 0 || report.Written != (write ? view.Rows : 0))
        {
            throw new InvalidOperationException($"The import wrote {report.Written} of {view.Rows} rows: {(report.Errors.Count > 0 ? report.Errors[0] : null)}");
        }
    }

    private static async Task ExportAsync(TransferApp app, string path, ExportFormat format)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var export = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ExportRecords(app.Admin, TransferApp.FormId, CultureInfo.InvariantCulture));
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
        if (format == ExportFormat.Csv)
        {
            await RecordExportFiles.WriteCsvAsync(export, file, CancellationToken.None);
        }
        else
        {
            await RecordExportFiles.WriteXlsxAsync(export, file, CancellationToken.None);
        }
    }

    private static TimeSpan RawInsert(string path, int rows)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (id BLOB PRIMARY KEY, form TEXT, data TEXT, created TEXT)";
            create.ExecuteNonQuery();
        }
        var watch = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO t VALUES ($id, $form, $data, $created)";
        var id = insert.Parameters.Add("$id", SqliteType.Blob);
        insert.Parameters.AddWithValue("$form", TransferApp.FormId);
        var data = insert.Parameters.Add("$data", SqliteType.Text);
        var created = insert.Parameters.Add("$created", SqliteType.Text);
        insert.Prepare();
        for (var i = 1; i <= rows; i++)
        {
            id.Value = Guid.NewGuid().ToByteArray();
            data.Value = TransferApp.Row(i).Json;
            created.Value = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return watch.Elapsed;
    }

    /// <summary>The time of <paramref name="work"/>, the largest managed heap sampled while it ran and the CPU time the process spent meanwhile.</summary>
    private static async Task<(TimeSpan Elapsed, double PeakBytes, TimeSpan Cpu)> MeasureAsync(Func<Task> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await work();
        var elapsed = watch.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await stop.CancelAsync();
        await sampler;
        return (elapsed, peak, cpu);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
