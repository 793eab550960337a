using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Records.Import;

/// <summary>The caller's import job: progress while it runs, the report once it finished.</summary>
public sealed record GetRecordImport(Actor Actor, Guid ImportId) : IQuery<RecordImportView>;

public sealed class GetRecordImportHandler(FlowChannelDbContext db, FormSchemaCache schemas, RecordImportJobs jobs)
    : IQueryHandler<GetRecordImport, RecordImportView>
{
    public async ValueTask<RecordImportView> Handle(GetRecordImport query, CancellationToken cancellationToken)
    {
        var job = jobs.Find(query.ImportId, query.Actor);
        var schema = await schemas.GetPublishedAsync(db, job.FormId, cancellationToken);
        return RecordImportView.Of(job, [], UploadRecordImportHandler.TargetFields(schema, job.Culture));
    }
}
