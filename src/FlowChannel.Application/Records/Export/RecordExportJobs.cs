using System.Collections.Concurrent;
using FlowChannel.Application.Common;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowChannel.Application.Records.Export;

/// <summary>An export written in the background to a temporary file, so a long one can show its progress.</summary>
public sealed class RecordExportJob
{
    public required Guid Id { get; init; }
    public required string UserId { get; init; }
    public required string FormId { get; init; }
    public required ExportFormat Format { get; init; }
    public required string FilePath { get; init; }
    public required RecordExport Export { get; init; }
    public DateTime CreatedAt { get; } = DateTime.UtcNow;

    /// <summary>running, completed or failed.</summary>
    public string State { get; internal set; } = "running";

    public string? Message { get; internal set; }
}

/// <summary>
/// The export jobs of this node. Starting one checks the caller's rights and view at once (403/422 come back to the
/// request), then the rows stream into a temporary file on a pool thread inside the scope the check opened. Files are
/// deleted <see cref="Lifetime"/> after their export started.
/// </summary>
public sealed class RecordExportJobs(IServiceScopeFactory scopes, ILogger<RecordExportJobs> logger) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, RecordExportJob> _jobs = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _folder = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "flowchannel-exports")).FullName;

    public async Task<RecordExportJob> StartAsync(ExportRecords query, ExportFormat format, CancellationToken ct)
    {
        Forget();
        var scope = scopes.CreateAsyncScope();
        try
        {
            var export = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, ct);
            var id = Guid.NewGuid();
            var job = new RecordExportJob
            {
                Id = id, UserId = query.Actor.UserId, FormId = export.FormId, Format = format, Export = export,
                FilePath = Path.Combine(_folder, $"{id:N}.{format.ToString().ToLowerInvariant()}"),
            };
            _jobs[id] = job;
            _ = Task.Run(() => RunAsync(scope, job), CancellationToken.None);
            return job;
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>The caller's own job; another person's is as unknown as a missing one.</summary>
    public RecordExportJob Find(Guid id, Actor actor) =>
        _jobs.TryGetValue(id, out var job) && job.UserId == actor.UserId ? job : throw new NotFoundException("Export", id.ToString());

    private async Task RunAsync(AsyncServiceScope scope, RecordExportJob job)
    {
        await using (scope)
        {
            try
            {
                await using (var file = new FileStream(job.FilePath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
                {
                    if (job.Format == ExportFormat.Csv)
                    {
                        await RecordExportFiles.WriteCsvAsync(job.Export, file, _stopping.Token);
                    }
                    else
                    {
                        await RecordExportFiles.WriteXlsxAsync(job.Export, file, _stopping.Token);
                    }
                }
                job.State = "completed";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(e, "Export {ExportId} of form {FormId} failed", job.Id, job.FormId);
                job.Message = "The export broke off; start it again.";
                job.State = "failed";
                File.Delete(job.FilePath);
            }
        }
    }

    private void Forget()
    {
        foreach (var old in _jobs.Values.Where(j => j.State != "running" && j.CreatedAt + Lifetime < DateTime.UtcNow))
        {
            if (_jobs.TryRemove(old.Id, out _))
            {
                File.Delete(old.FilePath);
            }
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
