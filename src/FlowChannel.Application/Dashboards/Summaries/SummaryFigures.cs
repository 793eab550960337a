using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Data;
using FlowChannel.Application.Dashboards.Definitions;

namespace FlowChannel.Application.Dashboards.Summaries;

/// <summary>The figures a summary email lists: each KPI and gauge the recipient may see, formatted in their language.</summary>
internal static class SummaryFigures
{
    public static JsonArray From(DashboardDefinition dashboard, DashboardDataResult data, CultureInfo culture, string versus)
    {
        var figures = new JsonArray();
        foreach (var widget in dashboard.Widgets.Where(w => w.Type is WidgetTypes.Kpi or WidgetTypes.Gauge))
        {
            if (data.Widgets.FirstOrDefault(d => d.WidgetId == widget.Id) is not { Available: true, Result: { Rows.Count: > 0 } result } shown)
            {
                continue;
            }
            var value = result.Rows[0].Values[WidgetShapes.MeasureIndex(widget, result)];
            figures.Add(new JsonObject
            {
                ["title"] = WebUtility.HtmlEncode(widget.Title.Resolve(culture)),
                ["value"] = Number(value, culture),
                ["versus"] = versus,
                ["comparison"] = shown.Comparison is { } c ? Number(c, culture) : null,
                ["attainment"] = shown.Attainment is { } a ? a.ToString("P1", culture) : null,
            });
        }
        return figures;
    }

    /// <summary>A figure as the dashboard shows it: grouped thousands, at most two decimals, a dash for nothing.</summary>
    public static string Number(decimal? value, CultureInfo culture) => value?.ToString("#,0.##", culture) ?? "–";
}
