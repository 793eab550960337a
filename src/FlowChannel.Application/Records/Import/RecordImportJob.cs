using System.Globalization;

namespace FlowChannel.Application.Records.Import;

/// <summary>Where an import job stands.</summary>
public enum ImportJobState
{
    /// <summary>The file is read and its columns mapped; nothing checked yet.</summary>
    Uploaded,
    Checking,

    /// <summary>The dry run finished; <see cref="RecordImportJob.Report"/> lists every bad row.</summary>
    Checked,
    Importing,
    Completed,

    /// <summary>Nothing was written: the file or a row was refused in all-or-nothing mode, or the import broke off.</summary>
    Failed,
}

/// <summary>How bad rows are treated when importing for real.</summary>
public enum ImportMode
{
    /// <summary>Any bad row, and nothing is written.</summary>
    AllOrNothing,

    /// <summary>Good rows are written; bad rows are reported and left out.</summary>
    SkipBadRows,
}

/// <summary>
/// An uploaded import file and its runs. Jobs live in <see cref="RecordImportJobs"/> (memory of the node that took the
/// upload) with their file in a temporary folder; the records themselves are written in one transaction, so a node
/// that dies mid-import leaves nothing half-written and the person uploads again.
/// </summary>
public sealed class RecordImportJob
{
    private int _processed;

    public required Guid Id { get; init; }
    public required string FormId { get; init; }
    public required string UserId { get; init; }
    public required string FileName { get; init; }
    public required ImportFileKind Kind { get; init; }
    public required string FilePath { get; init; }
    public required IReadOnlyList<ImportColumn> Columns { get; init; }
    public required int RowCount { get; init; }

    /// <summary>The first data rows as text, in column order (<see cref="ImportSheet.PreviewRows"/>).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Preview { get; init; }
    public required CultureInfo Culture { get; init; }
    public DateTime CreatedAt { get; } = DateTime.UtcNow;

    public ImportJobState State { get; internal set; } = ImportJobState.Uploaded;
    public IReadOnlyList<ImportColumnMapping> Mapping { get; internal set; } = [];
    public ImportMode? Mode { get; internal set; }
    public RecordImportReport? Report { get; internal set; }

    /// <summary>A failure that is not about a row (the file, the mapping, the database).</summary>
    public string? Message { get; internal set; }

    /// <summary>Rows checked so far by the current run.</summary>
    public int Processed => Volatile.Read(ref _processed);

    internal void Progress(int processed) => Volatile.Write(ref _processed, processed);

    public bool IsRunning => State is ImportJobState.Checking or ImportJobState.Importing;
}
