using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Records.Import;

/// <summary>A field a column may be mapped to.</summary>
public sealed record ImportTargetField(string Key, string Label, string Type, bool Required);

/// <summary>An import job as its owner sees it: the file, the mapping, progress and, once a run finished, its report.</summary>
public sealed record RecordImportView(Guid Id, string FormId, string FileName, string State, int Rows, int Processed,
    IReadOnlyList<ImportColumnMapping> Mapping, IReadOnlyList<FieldError> MappingErrors, IReadOnlyList<ImportTargetField> Fields,
    IReadOnlyList<IReadOnlyList<string>> Preview, string? Mode, RecordImportReport? Report, string? Message)
{
    /// <summary>Whether a run is under way (poll again).</summary>
    public bool IsRunning => State is "checking" or "importing";

    public static RecordImportView Of(RecordImportJob job, IReadOnlyList<FieldError> mappingErrors, IReadOnlyList<ImportTargetField> fields) =>
        new(job.Id, job.FormId, job.FileName, Camel(job.State.ToString()), job.RowCount, job.Processed, job.Mapping, mappingErrors, fields,
            job.Preview, job.Mode is { } mode ? Camel(mode.ToString()) : null, job.Report, job.Message);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
