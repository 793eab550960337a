using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Starts a run of an uploaded import: a dry run that reports every bad row and cell and writes nothing, or the import
/// itself (<see cref="ImportMode"/>). An explicit mapping (column letter → field key, null to leave a column out)
/// replaces the guessed one for the columns it names. Answers at once; the run's progress and report are read with
/// <see cref="GetRecordImport"/>.
/// </summary>
public sealed record RunRecordImport(Actor Actor, Guid ImportId, bool DryRun, ImportMode Mode = ImportMode.AllOrNothing,
    IReadOnlyDictionary<string, string?>? Mapping = null) : IRequest<RecordImportView>;

public sealed class RunRecordImportHandler(FlowChannelDbContext db, FormSchemaCache schemas, RecordPermissions permissions, RecordImportJobs jobs)
    : IRequestHandler<RunRecordImport, RecordImportView>
{
    public async ValueTask<RecordImportView> Handle(RunRecordImport request, CancellationToken cancellationToken)
    {
        var job = jobs.Find(request.ImportId, request.Actor);
        var schema = await schemas.GetPublishedAsync(db, job.FormId, cancellationToken);
        var rights = await permissions.ForFormAsync(request.Actor, schema.Id, cancellationToken);
        ImportRights.Demand(schema, rights);
        var current = job.Mapping.ToDictionary(m => m.Letter, m => m.FieldKey);
        foreach (var (letter, key) in request.Mapping ?? new Dictionary<string, string?>())
        {
            current[letter] = key;
        }
        var mapping = ImportMapping.Resolve(schema, rights, job.Columns, current, job.Culture, out var errors);
        InvalidInputException.ThrowIfAny(ImportFileError.Title, errors);
        job.Mapping = mapping;
        job.Mode = request.Mode;
        var actor = request.Actor;
        jobs.Start(job, !request.DryRun, (services, ct) => Run(services, actor, job, !request.DryRun, ct));
        return RecordImportView.Of(job, [], UploadRecordImportHandler.TargetFields(schema, job.Culture));
    }

    private static async Task<RecordImportReport> Run(IServiceProvider services, Actor actor, RecordImportJob job, bool write, CancellationToken ct)
    {
        var mediator = services.GetRequiredService<IMediator>();
        return write
            ? await mediator.Send(new CommitRecordImport(actor, job), ct)
            : await mediator.Send(new CheckRecordImport(actor, job), ct);
    }
}
