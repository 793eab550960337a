using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Application.Dashboards.Definitions;

namespace FlowChannel.Application.Dashboards.Data;

/// <summary>One stage of a funnel: its value and what share of the first and of the previous stage it kept.</summary>
/// <param name="Stage">The group key (null for records without a value).</param>
/// <param name="Value">The shown measure.</param>
/// <param name="OfFirst">Value ÷ the first stage's value (null when that is zero), rounded to four decimals.</param>
/// <param name="OfPrevious">Value ÷ the previous stage's value (null for the first or after a zero).</param>
public sealed record FunnelStage(string? Stage, decimal Value, decimal? OfFirst, decimal? OfPrevious);

/// <summary>A node of a treemap or sunburst: a group key and the total of the shown measure under it.</summary>
public sealed record HierarchyNode(string? Label, decimal Value, IReadOnlyList<HierarchyNode> Children);

/// <summary>
/// What the funnel, gauge, treemap and sunburst widgets draw, computed from the groups on the server (so the numbers
/// are the same on every page and checked by tests): funnel stages with conversion shares, a gauge's attainment, and
/// the hierarchy of a treemap or sunburst with each level's totals.
/// </summary>
public static class WidgetShapes
{
    /// <summary>The index of the measure a widget shows: <c>display.measure</c> when it names one, else the first.</summary>
    public static int MeasureIndex(DashboardWidget widget, AggregateResult result)
    {
        var key = widget.Display?["measure"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var index = key is null ? -1 : result.Measures.ToList().IndexOf(key);
        return index >= 0 ? index : 0;
    }

    /// <summary>The shown value ÷ the comparison (target or previous period), or null when there is nothing to divide by.</summary>
    public static decimal? Attainment(DashboardWidget widget, AggregateResult result, decimal? comparison)
    {
        if (comparison is not { } target || target == 0 || result.Rows.Count == 0)
        {
            return null;
        }
        return result.Rows[0].Values[MeasureIndex(widget, result)] is { } value ? Math.Round(value / target, 4) : null;
    }

    /// <summary>
    /// The stages in <c>display.stages</c> order (a stage without records is 0), or by value from the largest when the
    /// widget lists none.
    /// </summary>
    public static List<FunnelStage> Funnel(DashboardWidget widget, AggregateResult result)
    {
        var m = MeasureIndex(widget, result);
        var values = result.Rows.Select(r => (Key: r.Keys.Count > 0 ? r.Keys[0] : null, Value: r.Values[m] ?? 0)).ToList();
        if (widget.Display?["stages"] is JsonArray order)
        {
            var named = order.Select(s => s?.GetValue<string>()).ToList();
            values = [.. named.Select(s => (s, values.Where(v => v.Key == s).Sum(v => v.Value)))];
        }
        else
        {
            values = [.. values.OrderByDescending(v => v.Value)];
        }
        var stages = new List<FunnelStage>();
        for (var i = 0; i < values.Count; i++)
        {
            stages.Add(new FunnelStage(values[i].Key, values[i].Value,
                Share(values[i].Value, values.Count > 0 ? values[0].Value : 0),
                i == 0 ? null : Share(values[i].Value, values[i - 1].Value)));
        }
        return stages;
    }

    /// <summary>The groups nested by their keys, outermost dimension first, each node the sum of its leaves, largest first.</summary>
    public static List<HierarchyNode> Hierarchy(DashboardWidget widget, AggregateResult result)
    {
        var m = MeasureIndex(widget, result);
        var leaves = result.Rows.Select(r => (r.Keys, Value: r.Values[m] ?? 0)).ToList();
        return Level(leaves, 0, result.Dimensions.Count);
    }

    private static List<HierarchyNode> Level(List<(IReadOnlyList<string?> Keys, decimal Value)> rows, int depth, int depths) =>
        depth >= depths ? [] : [.. rows
            .GroupBy(r => r.Keys[depth])
            .Select(g => new HierarchyNode(g.Key, g.Sum(r => r.Value), Level([.. g], depth + 1, depths)))
            .OrderByDescending(n => n.Value)
            .ThenBy(n => n.Label, StringComparer.Ordinal)];

    private static decimal? Share(decimal value, decimal of) => of == 0 ? null : Math.Round(value / of, 4);
}
