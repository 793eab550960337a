namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Bounds of one record import. The file is kept on disk while its job lives and is read as a stream, so memory does
/// not grow with it; these keep one upload from tying up the server for long.
/// </summary>
public static class RecordImportLimits
{
    /// <summary>Largest upload accepted: 100,000 rows of a wide form fit comfortably.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public const int MaxRows = 100_000;

    /// <summary>The report lists at most this many cell errors; the counts always cover every bad row.</summary>
    public const int MaxReportedErrors = 10_000;

    /// <summary>Records written per flush inside the import's transaction (bounds the change tracker's memory).</summary>
    public const int FlushEvery = 1_000;

    /// <summary>How long a finished or abandoned job and its file are kept.</summary>
    public static readonly TimeSpan JobLifetime = TimeSpan.FromHours(2);
}
