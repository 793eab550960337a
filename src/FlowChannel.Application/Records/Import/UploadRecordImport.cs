using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Takes an import file for a form: stores it for the job, checks it is a readable .xlsx or CSV within the limits and
/// guesses which column fills which field. Nothing is checked row by row yet (see <see cref="RunRecordImport"/>).
/// </summary>
public sealed record UploadRecordImport(Actor Actor, string FormId, string FileName, Stream Content, CultureInfo? Culture = null)
    : IRequest<RecordImportView>;

public sealed class UploadRecordImportHandler(FlowChannelDbContext db, FormSchemaCache schemas, RecordPermissions permissions, RecordImportJobs jobs)
    : IRequestHandler<UploadRecordImport, RecordImportView>
{
    public async ValueTask<RecordImportView> Handle(UploadRecordImport request, CancellationToken cancellationToken)
    {
        var schema = await schemas.GetPublishedAsync(db, request.FormId, cancellationToken);
        var rights = await permissions.ForFormAsync(request.Actor, schema.Id, cancellationToken);
        ImportRights.Demand(schema, rights);
        var kind = ImportSheet.KindOf(request.FileName);
        var id = Guid.NewGuid();
        var path = Path.Combine(jobs.Folder, $"{id:N}.{kind.ToString().ToLowerInvariant()}");
        try
        {
            await CopyLimitedAsync(request.Content, path, cancellationToken);
            var (columns, rows, preview) = ImportSheet.Inspect(path, kind);
            var culture = request.Culture ?? CultureInfo.CurrentUICulture;
            var job = new RecordImportJob
            {
                Id = id, FormId = schema.Id, UserId = request.Actor.UserId, FileName = Path.GetFileName(request.FileName), Kind = kind,
                FilePath = path, Columns = columns, RowCount = rows, Preview = preview, Culture = culture,
            };
            job.Mapping = ImportMapping.Resolve(schema, rights, columns, null, culture, out var errors);
            jobs.Add(job);
            return RecordImportView.Of(job, errors, TargetFields(schema, culture));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    internal static IReadOnlyList<ImportTargetField> TargetFields(FormSchema schema, CultureInfo culture) =>
        [.. schema.Fields.Where(ImportMapping.IsImportable)
            .Select(f => new ImportTargetField(f.Key, f.Label.Resolve(culture), f.Type.ToString().ToLowerInvariant(), f.Required))];

    /// <summary>Copies at most one byte past the limit, so a huge upload is refused without filling the disk.</summary>
    private static async Task CopyLimitedAsync(Stream content, string path, CancellationToken ct)
    {
        await using var file = File.Create(path);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
            if (file.Length > RecordImportLimits.MaxBytes)
            {
                throw ImportFileError.File("fileTooLarge",
                    $"The file is larger than {RecordImportLimits.MaxBytes / 1024 / 1024} MB; split it into several files.");
            }
        }
    }
}
