using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Data;
using FlowChannel.Application.Dashboards.Definitions;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Dashboards;

/// <summary>One widget on its grid cell: a KPI card, a Radzen chart, a ranking, the province tile map or a table.</summary>
public sealed partial class DashboardWidgetView
{
    [Parameter, EditorRequired] public DashboardWidget Widget { get; set; } = default!;
    [Parameter] public WidgetData? Data { get; set; }

    /// <summary>Where the widget's Excel export downloads from, with the page's filter values; no button when null.</summary>
    [Parameter] public string? ExportLink { get; set; }
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string Place => $"grid-column: {Widget.Layout.X + 1} / span {Widget.Layout.W}; grid-row: {Widget.Layout.Y + 1} / span {Widget.Layout.H};";

    /// <summary>The measure shown: <c>display.measure</c> when it names one, else the first.</summary>
    private int Measure => Data?.Result is { } r ? WidgetShapes.MeasureIndex(Widget, r) : 0;

    /// <summary>The gauge's scale in percent: to 120 %, or further when attainment is beyond it.</summary>
    private double GaugeMax => Math.Max(120, Math.Ceiling((double)(Data?.Attainment ?? 0) * 100 / 40) * 40);

    private List<ChartPoint> Points => Data?.Result is { } r ? WidgetPoints.From(r, Measure, T["dash.Empty"]) : [];

    private string Comparison(decimal compared) => Widget.Comparison?.Kind == KpiComparison.TargetValue
        ? T.Format("dash.VsTarget", WidgetPoints.Format(compared), compared == 0 ? 0 : (double)((Data!.Result!.Rows[0].Values[Measure] ?? 0) / compared))
        : T.Format("dash.VsPrevious", WidgetPoints.Format(compared));

    /// <summary>The records behind a group: the records grid of the widget's form, filtered by its filters and the group's key.</summary>
    private string DrillLink(string category) => DrillPath([category]);

    /// <summary>The records behind a nested group (a treemap node): one equality filter per text key, outermost first.</summary>
    private string DrillPath(IReadOnlyList<string?> keys)
    {
        var filters = new JsonArray();
        foreach (var f in Widget.Query.Filters)
        {
            filters.Add(new JsonObject { ["field"] = f.Field, ["op"] = f.Op, ["value"] = f.Value?.DeepClone() });
        }
        for (var i = 0; i < Math.Min(keys.Count, Widget.Query.Dimensions.Count); i++)
        {
            if (Widget.Query.Dimensions[i].Granularity is null && !string.IsNullOrEmpty(keys[i]) && keys[i] != T["dash.Empty"])
            {
                filters.Add(new JsonObject { ["field"] = Widget.Query.Dimensions[i].Field, ["op"] = "eq", ["value"] = keys[i] });
            }
        }
        return $"/records/{Uri.EscapeDataString(Widget.Form)}?filters={Uri.EscapeDataString(filters.ToJsonString())}";
    }

    private void Drill(string category) => Navigation.NavigateTo(DrillLink(category));

    private static string Culture => CultureInfo.CurrentUICulture.Name;
}
