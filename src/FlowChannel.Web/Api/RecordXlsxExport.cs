using System.Globalization;
using System.Security.Claims;
using FlowChannel.Application.Records;
using FlowChannel.Web.Identity;
using Mediator;
using MiniExcelLibs;

namespace FlowChannel.Web.Api;

/// <summary>
/// Writes an export as .xlsx with MiniExcel, row by row from the database cursor into a temporary file (a zip needs
/// its central directory at the end, and Kestrel refuses MiniExcel's synchronous writes), then streams that file out.
/// Memory stays flat; the file is deleted on close. Cells are neutralised like the CSV export's.
/// </summary>
public static class RecordXlsxExport
{
    public static async Task WriteAsync(string formId, ClaimsPrincipal user, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var export = await mediator.Send(new ExportRecords(ActorFactory.From(user), formId, CultureInfo.CurrentUICulture), ct);
        var headers = UniqueHeaders(export.Columns.Select(c => c.Label).ToList());
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await Task.Run(() =>
        {
            var rows = export.Rows.ToBlockingEnumerable(ct).Select(row => Row(headers, row));
            buffer.SaveAs(rows, excelType: ExcelType.XLSX);
        }, ct);
        http.Response.ContentType = Admin.AdminUserImportApi.XlsxMediaType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FormId}.xlsx\"";
        http.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, ct);
    }

    private static Dictionary<string, object?> Row(List<string> headers, IReadOnlyList<string> cells)
    {
        var row = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            row[headers[i]] = CsvCells.Neutralised(cells[i]);
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
            return CsvCells.Neutralised(name);
        })];
    }
}
