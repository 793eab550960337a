using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Records.Export;
using Mediator;
using MiniExcelLibs;

namespace FlowChannel.Application.Dashboards.Data;

/// <summary>
/// One widget's groups as an Excel workbook, for the filter values chosen on the page and within what the caller may
/// view (the same numbers the widget shows): a column per dimension, then one per measure (calculated ones included).
/// Text cells a spreadsheet would run as formulas are neutralised (<see cref="ExportCells"/>). 403 when the caller may
/// not view the widget's form, 404 for an unknown widget.
/// </summary>
public sealed record ExportWidgetData(Actor Actor, string DashboardId, string WidgetId, IReadOnlyDictionary<string, JsonNode?> Values,
    string? TimeZone = null) : IQuery<WidgetWorkbook>;

/// <summary>The workbook's bytes and its file name (<c>dashboard-widget.xlsx</c>).</summary>
public sealed record WidgetWorkbook(string FileName, byte[] Content)
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

public sealed class ExportWidgetDataHandler(ISender sender) : IQueryHandler<ExportWidgetData, WidgetWorkbook>
{
    public async ValueTask<WidgetWorkbook> Handle(ExportWidgetData request, CancellationToken cancellationToken)
    {
        var data = await sender.Send(new GetDashboardData(request.Actor, request.DashboardId, request.Values, request.TimeZone, request.WidgetId),
            cancellationToken);
        var widget = data.Widgets.Single();
        if (!widget.Available || widget.Result is not { } result)
        {
            throw new ForbiddenException(widget.Message ?? $"The widget '{request.WidgetId}' is not available to you.");
        }
        var headers = Unique([.. result.Dimensions, .. result.Measures]);
        var rows = result.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
            for (var i = 0; i < result.Dimensions.Count; i++)
            {
                cells[headers[i]] = row.Keys[i] is { } key ? ExportCells.Neutralised(key) : null;
            }
            for (var i = 0; i < result.Measures.Count; i++)
            {
                cells[headers[result.Dimensions.Count + i]] = i < row.Values.Count ? row.Values[i] : null;
            }
            return cells;
        }).ToList();
        using var stream = new MemoryStream();
        if (rows.Count == 0)
        {
            // MiniExcel cannot tell the columns of no rows: a header row alone.
            stream.SaveAs(new[] { headers.ToDictionary(h => h, _ => (object?)null) }, excelType: ExcelType.XLSX);
        }
        else
        {
            stream.SaveAs(rows, excelType: ExcelType.XLSX);
        }
        return new WidgetWorkbook($"{request.DashboardId}-{request.WidgetId}.xlsx", stream.ToArray());
    }

    /// <summary>Header cells are neutralised too, and a dimension and a measure may share a name: number the repeats.</summary>
    private static List<string> Unique(List<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. names.Select(n =>
        {
            var name = ExportCells.Neutralised(n);
            var unique = name;
            for (var i = 2; !seen.Add(unique); i++)
            {
                unique = $"{name} ({i})";
            }
            return unique;
        })];
    }
}
