using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Records.Import;

/// <summary>The dry run of an import: every row checked, nothing written (no transaction is held meanwhile).</summary>
public sealed record CheckRecordImport(Actor Actor, RecordImportJob Job) : IQuery<RecordImportReport>;

public sealed class CheckRecordImportHandler(RecordImportRunner runner) : IQueryHandler<CheckRecordImport, RecordImportReport>
{
    public async ValueTask<RecordImportReport> Handle(CheckRecordImport query, CancellationToken cancellationToken) =>
        await runner.RunAsync(query.Actor, query.Job, write: false, cancellationToken);
}

/// <summary>
/// The import itself, as one command: one transaction around every batch, committed by the unit of work at the end,
/// so a failure or a crash midway leaves nothing written. In all-or-nothing mode a bad row rolls everything back.
/// </summary>
public sealed record CommitRecordImport(Actor Actor, RecordImportJob Job) : ICommand<RecordImportReport>;

public sealed class CommitRecordImportHandler(RecordImportRunner runner, AuditTrail audit) : ICommandHandler<CommitRecordImport, RecordImportReport>
{
    public async ValueTask<RecordImportReport> Handle(CommitRecordImport command, CancellationToken cancellationToken)
    {
        var report = await runner.RunAsync(command.Actor, command.Job, write: true, cancellationToken);
        audit.Write(command.Actor, "records.imported", "Form", command.Job.FormId,
            $"{report.Written} of {report.Rows} rows from '{command.Job.FileName}'");
        return report;
    }
}
