using System.Globalization;
using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Records.Export;

/// <summary>Where an export job stands: records scanned of the total, rows written, and the file once done.</summary>
public sealed record RecordExportJobView(Guid Id, string FormId, string Format, string State, int Total, int Scanned, int Written,
    string FileName, string? Message)
{
    public bool IsRunning => State == "running";

    public static RecordExportJobView Of(RecordExportJob job) =>
        new(job.Id, job.FormId, job.Format.ToString().ToLowerInvariant(), job.State, job.Export.Total, job.Export.Progress.Scanned,
            job.Export.Progress.Written, RecordExportFiles.FileName(job.FormId, job.Format), job.Message);
}

/// <summary>
/// Starts an export of a form's records in a view (columns, filters) as a background job; answers at once with the
/// job, whose progress <see cref="GetRecordExport"/> reads and whose file is fetched when it is done.
/// </summary>
public sealed record StartRecordExport(Actor Actor, string FormId, ExportFormat Format, RecordExportView? View = null, CultureInfo? Culture = null)
    : IRequest<RecordExportJobView>;

public sealed class StartRecordExportHandler(RecordExportJobs jobs) : IRequestHandler<StartRecordExport, RecordExportJobView>
{
    public async ValueTask<RecordExportJobView> Handle(StartRecordExport request, CancellationToken cancellationToken)
    {
        var job = await jobs.StartAsync(new ExportRecords(request.Actor, request.FormId, request.Culture, request.View), request.Format, cancellationToken);
        return RecordExportJobView.Of(job);
    }
}

/// <summary>The caller's export job.</summary>
public sealed record GetRecordExport(Actor Actor, Guid ExportId) : IQuery<RecordExportJobView>;

public sealed class GetRecordExportHandler(RecordExportJobs jobs) : IQueryHandler<GetRecordExport, RecordExportJobView>
{
    public ValueTask<RecordExportJobView> Handle(GetRecordExport query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(RecordExportJobView.Of(jobs.Find(query.ExportId, query.Actor)));
}

/// <summary>A finished export's file on this node's disk, with the name and media type to send it under.</summary>
public sealed record RecordExportFile(string Path, string FileName, string MediaType);

/// <summary>The finished file of the caller's export job; 409 while it runs or after it failed.</summary>
public sealed record GetRecordExportFile(Actor Actor, Guid ExportId) : IQuery<RecordExportFile>;

public sealed class GetRecordExportFileHandler(RecordExportJobs jobs) : IQueryHandler<GetRecordExportFile, RecordExportFile>
{
    public ValueTask<RecordExportFile> Handle(GetRecordExportFile query, CancellationToken cancellationToken)
    {
        var job = jobs.Find(query.ExportId, query.Actor);
        return job.State == "completed"
            ? ValueTask.FromResult(new RecordExportFile(job.FilePath, RecordExportFiles.FileName(job.FormId, job.Format), RecordExportFiles.MediaType(job.Format)))
            : throw new ConflictException(job.State == "running" ? "The export is still running." : job.Message ?? "The export failed.");
    }
}
