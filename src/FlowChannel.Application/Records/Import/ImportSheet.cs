using System.Globalization;
using System.Text;
using FlowChannel.Application.Common;
using MiniExcelLibs;

namespace FlowChannel.Application.Records.Import;

/// <summary>One data row of an import file: its number as the spreadsheet shows it, and its cells by column letter.</summary>
public sealed record ImportRow(int Number, IDictionary<string, object?> Cells);

/// <summary>A column of the file: its letter (A, B, … AA) and the header text in row 1.</summary>
public sealed record ImportColumn(string Letter, string Header);

/// <summary>
/// Reads an import file (first sheet of an .xlsx, or a UTF-8 comma-separated .csv) as a stream through MiniExcel, so
/// a 100,000-row file never sits in memory. Row 1 holds the headers; row numbers are the file's own.
/// </summary>
public static class ImportSheet
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static ImportFileKind KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => ImportFileKind.Xlsx,
        ".csv" => ImportFileKind.Csv,
        _ => throw ImportFileError.File("unsupportedFormat", $"'{fileName}' is neither .xlsx nor .csv."),
    };

    /// <summary>Data rows shown beside the mapping, so the person sees what each column holds.</summary>
    public const int PreviewRows = 5;

    /// <summary>
    /// Checks the file is what it claims and readable to its end; returns the header, the number of data rows and the
    /// first <see cref="PreviewRows"/> data rows as text, in column order.
    /// </summary>
    public static (IReadOnlyList<ImportColumn> Columns, int Rows, IReadOnlyList<IReadOnlyList<string>> Preview) Inspect(string path, ImportFileKind kind)
    {
        CheckSignature(path, kind);
        IReadOnlyList<ImportColumn>? columns = null;
        var preview = new List<IReadOnlyList<string>>();
        var rows = 0;
        foreach (var row in Guarded(path, kind))
        {
            if (columns is null)
            {
                columns = [.. row.Cells.Select(c => new ImportColumn(c.Key, Text(c.Value))).Where(c => c.Header.Length > 0)];
                continue;
            }
            if (++rows > RecordImportLimits.MaxRows)
            {
                throw ImportFileError.File("tooManyRows", $"The file has more than {RecordImportLimits.MaxRows:N0} data rows; split it into several files.");
            }
            if (preview.Count < PreviewRows)
            {
                preview.Add([.. columns.Select(c => Text(row.Cells.TryGetValue(c.Letter, out var cell) ? cell : null))]);
            }
        }
        if (columns is null || columns.Count == 0)
        {
            throw ImportFileError.File("emptyFile", "The file is empty: its first row must hold the column headers.");
        }
        return (columns, rows, preview);
    }

    /// <summary>The data rows (row 2 on), skipping rows with no value at all.</summary>
    public static IEnumerable<ImportRow> Rows(string path, ImportFileKind kind) =>
        Guarded(path, kind).Skip(1).Where(r => r.Cells.Values.Any(v => Text(v).Length > 0));

    /// <summary>A cell as text: numbers without a trailing ".0", dates as ISO, trimmed.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };

    private static IEnumerable<ImportRow> Guarded(string path, ImportFileKind kind)
    {
        using var stream = File.OpenRead(path);
        using var rows = Query(stream, kind).GetEnumerator();
        for (var number = 1; ; number++)
        {
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is not FlowChannelException and not OutOfMemoryException and not OperationCanceledException)
            {
                // MiniExcel throws whatever its zip, XML or text reader met first; the person only needs to know the file is unreadable.
                throw ImportFileError.File("unreadableFile", $"The file could not be read as {kind.ToString().ToUpperInvariant()} (near row {number}): {e.Message}");
            }
            yield return new ImportRow(number, rows.Current);
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Query(Stream stream, ImportFileKind kind) =>
        stream.Query(useHeaderRow: false, excelType: kind == ImportFileKind.Xlsx ? ExcelType.XLSX : ExcelType.CSV)
            .Cast<IDictionary<string, object?>>();

    /// <summary>An .xlsx is a zip; a CSV is UTF-8 text. Anything else is refused before a parser guesses at it.</summary>
    private static void CheckSignature(string path, ImportFileKind kind)
    {
        var head = new byte[64 * 1024];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        if (read == 0)
        {
            throw ImportFileError.File("emptyFile", "The file is empty: its first row must hold the column headers.");
        }
        if (kind == ImportFileKind.Xlsx && !head.AsSpan(0, read).StartsWith(ZipSignature))
        {
            throw ImportFileError.File("unreadableFile", "The file is not an Excel workbook (.xlsx): save it from Excel as 'Excel Workbook'.");
        }
        if (kind == ImportFileKind.Csv && !LooksLikeText(head.AsSpan(0, read)))
        {
            throw ImportFileError.File("notCsv", "The file is not a UTF-8 CSV text file; save it as 'CSV UTF-8 (comma delimited)'.");
        }
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
        {
            return false;
        }
        // The sample may end inside a multi-byte character: up to three trailing bytes are not judged.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (var trim = 0; trim <= 3 && trim < head.Length; trim++)
        {
            try
            {
                strict.GetCharCount(head[..^trim]);
                return true;
            }
            catch (DecoderFallbackException)
            {
            }
        }
        return false;
    }
}
