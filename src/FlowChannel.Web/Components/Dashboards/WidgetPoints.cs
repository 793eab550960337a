using System.Globalization;
using FlowChannel.Application.Dashboards.Aggregation;

namespace FlowChannel.Web.Components.Dashboards;

/// <summary>One category of a chart: its label, value, and (for a stacked chart) its series.</summary>
public sealed record ChartPoint(string Category, double Value, string Series = "");

/// <summary>Turns a widget's groups into what the charts draw: the first dimension as category, one measure as value.</summary>
public static class WidgetPoints
{
    public static List<ChartPoint> From(AggregateResult result, int measure, string emptyLabel) =>
        [.. result.Rows.Select(r => new ChartPoint(
            Label(r.Keys.Count > 0 ? r.Keys[0] : null, emptyLabel),
            (double)(r.Values.Count > measure ? r.Values[measure] ?? 0 : 0),
            r.Keys.Count > 1 ? Label(r.Keys[1], emptyLabel) : ""))];

    public static string Label(string? key, string emptyLabel) => string.IsNullOrEmpty(key) ? emptyLabel : key;

    public static string Format(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : "–";
}
