using System.Collections.Concurrent;
using FlowChannel.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// The import jobs of this node and their files (a temporary folder). A run happens in the background in its own
/// scope, so the page can poll its progress; disposing the registry (host shutdown) cancels runs, whose transaction
/// then rolls back. Jobs are forgotten, and their files deleted, <see cref="RecordImportLimits.JobLifetime"/> after
/// their upload.
/// </summary>
public sealed class RecordImportJobs(IServiceScopeFactory scopes, ILogger<RecordImportJobs> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, RecordImportJob> _jobs = new();
    private readonly CancellationTokenSource _stopping = new();

    public string Folder { get; } = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "flowchannel-imports")).FullName;

    public void Add(RecordImportJob job)
    {
        foreach (var old in _jobs.Values.Where(j => !j.IsRunning && j.CreatedAt + RecordImportLimits.JobLifetime < DateTime.UtcNow))
        {
            if (_jobs.TryRemove(old.Id, out _))
            {
                File.Delete(old.FilePath);
            }
        }
        _jobs[job.Id] = job;
    }

    /// <summary>The caller's own job; another person's job is as unknown as a missing one.</summary>
    public RecordImportJob Find(Guid id, Actor actor) =>
        _jobs.TryGetValue(id, out var job) && job.UserId == actor.UserId ? job : throw new NotFoundException("Import", id.ToString());

    /// <summary>Runs <paramref name="work"/> in the background; its report or failure lands on the job.</summary>
    public void Start(RecordImportJob job, bool write, Func<IServiceProvider, CancellationToken, Task<RecordImportReport>> work)
    {
        lock (job)
        {
            if (job.IsRunning)
            {
                throw new ConflictException("This import is already running.");
            }
            if (job.State == ImportJobState.Completed)
            {
                throw new ConflictException("This file was already imported; upload it again to import it once more.");
            }
            job.State = write ? ImportJobState.Importing : ImportJobState.Checking;
            job.Report = null;
            job.Message = null;
            job.Progress(0);
        }
        _ = Task.Run(() => RunAsync(job, write, work));
    }

    private async Task RunAsync(RecordImportJob job, bool write, Func<IServiceProvider, CancellationToken, Task<RecordImportReport>> work)
    {
        Thread.CurrentThread.CurrentCulture = job.Culture;
        Thread.CurrentThread.CurrentUICulture = job.Culture;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            job.Report = await work(scope.ServiceProvider, _stopping.Token);
            job.State = write ? ImportJobState.Completed : ImportJobState.Checked;
        }
        catch (RecordImportRejectedException e)
        {
            job.Report = e.Report;
            job.Message = e.Message;
            job.State = ImportJobState.Failed;
        }
        catch (InvalidInputException e)
        {
            job.Message = string.Join(" ", e.Errors.Select(x => x.Message));
            job.State = ImportJobState.Failed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Import {ImportId} into form {FormId} failed", job.Id, job.FormId);
            job.Message = e is FlowChannelException ? e.Message : "The import broke off; nothing was written. Try again.";
            job.State = ImportJobState.Failed;
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
