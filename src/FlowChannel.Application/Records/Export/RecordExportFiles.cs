using System.Text;
using MiniExcelLibs;

namespace FlowChannel.Application.Records.Export;

/// <summary>The two file types an export writes.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Writes an export's rows to a stream as they arrive from the database: CSV (UTF-8 with BOM, which Excel needs to read
/// Chinese) line by line, .xlsx through MiniExcel. Labels head the columns; every cell is neutralised against formulas.
/// </summary>
public static class RecordExportFiles
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string MediaType(ExportFormat format) => format == ExportFormat.Csv ? "text/csv; charset=utf-8" : XlsxMediaType;

    public static string FileName(string formId, ExportFormat format) => $"{formId}.{format.ToString().ToLowerInvariant()}";

    public static async Task WriteCsvAsync(RecordExport export, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        await writer.WriteLineAsync(ExportCells.CsvLine(export.Columns.Select(c => c.Label)));
        await foreach (var row in export.Rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(ExportCells.CsvLine(row));
        }
    }

    /// <summary>
    /// MiniExcel writes synchronously and a zip needs a seekable stream (its central directory comes last): give it a
    /// file, not a response body. The rows are pulled from the database cursor on a pool thread.
    /// </summary>
    public static Task WriteXlsxAsync(RecordExport export, FileStream output, CancellationToken ct)
    {
        var headers = UniqueHeaders([.. export.Columns.Select(c => c.Label)]);
        return Task.Run(() => output.SaveAs(export.Rows.ToBlockingEnumerable(ct).Select(row => Row(headers, row)), excelType: ExcelType.XLSX), ct);
    }

    private static Dictionary<string, object?> Row(List<string> headers, IReadOnlyList<string> cells)
    {
        var row = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            row[headers[i]] = ExportCells.Neutralised(cells[i]);
        }
        return row;
    }

    /// <summary>Two fields may share a label; a workbook's header row needs each column named once.</summary>
    private static List<string> UniqueHeaders(List<string> labels)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. labels.Select(label =>
        {
            var name = label.Length > 0 ? label : "column";
            for (var n = 2; !seen.Add(name); n++)
            {
                name = $"{label} ({n})";
            }
            return ExportCells.Neutralised(name);
        })];
    }
}
