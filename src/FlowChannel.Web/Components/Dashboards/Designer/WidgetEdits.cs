using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Application.Records.Query;

namespace FlowChannel.Web.Components.Dashboards.Designer;

/// <summary>The property panel's edits of one widget, each a new widget (for <see cref="DashboardDesign.Update"/>).</summary>
public static class WidgetEdits
{
    public static DashboardWidget AddDimension(DashboardWidget w, string field) =>
        WithQuery(w, w.Query with { Dimensions = [.. w.Query.Dimensions, new AggregateDimension(field)] });

    /// <summary>Sets a dimension's field and granularity; an empty granularity is none.</summary>
    public static DashboardWidget SetDimension(DashboardWidget w, int index, string field, string? granularity) =>
        WithQuery(w, w.Query with { Dimensions = Replace(w.Query.Dimensions, index, new AggregateDimension(field, Blank(granularity))) });

    public static DashboardWidget RemoveDimension(DashboardWidget w, int index) =>
        WithQuery(w, w.Query with { Dimensions = Without(w.Query.Dimensions, index) });

    /// <summary>Adds a count under a key not yet used.</summary>
    public static DashboardWidget AddMeasure(DashboardWidget w) =>
        WithQuery(w, w.Query with { Measures = [.. w.Query.Measures, new AggregateMeasure(FreeKey(w, "measure"), Aggregates.Count)] });

    /// <summary>Sets a measure; a count measures no field, so its field is dropped.</summary>
    public static DashboardWidget SetMeasure(DashboardWidget w, int index, string key, string aggregate, string? field) =>
        WithQuery(w, w.Query with
        {
            Measures = Replace(w.Query.Measures, index, new AggregateMeasure(key.Trim(), aggregate, aggregate == Aggregates.Count ? null : Blank(field))),
        });

    public static DashboardWidget RemoveMeasure(DashboardWidget w, int index) =>
        WithQuery(w, w.Query with { Measures = Without(w.Query.Measures, index) });

    /// <summary>Adds a calculated measure over the first measure (the author then writes its formula).</summary>
    public static DashboardWidget AddCalculated(DashboardWidget w) =>
        w with { Calculated = [.. w.Calculated ?? [], new CalculatedMeasure(FreeKey(w, "calculated"), w.Query.Measures.Count > 0 ? w.Query.Measures[0].Key : "0")] };

    public static DashboardWidget SetCalculated(DashboardWidget w, int index, string key, string formula) =>
        w with { Calculated = Replace(w.Calculated ?? [], index, new CalculatedMeasure(key.Trim(), formula)) };

    public static DashboardWidget RemoveCalculated(DashboardWidget w, int index)
    {
        var left = Without(w.Calculated ?? [], index);
        return w with { Calculated = left.Count == 0 ? null : left };
    }

    public static DashboardWidget AddFilter(DashboardWidget w, string field) =>
        WithQuery(w, w.Query with { Filters = [.. w.Query.Filters, new GridFilter(field, "eq", JsonValue.Create(""))] });

    /// <summary>Sets a filter; the typed value becomes a number or a switch value when it reads as one, else text.</summary>
    public static DashboardWidget SetFilter(DashboardWidget w, int index, string field, string op, string? value) =>
        WithQuery(w, w.Query with { Filters = Replace(w.Query.Filters, index, new GridFilter(field, op, Value(value))) });

    public static DashboardWidget RemoveFilter(DashboardWidget w, int index) =>
        WithQuery(w, w.Query with { Filters = Without(w.Query.Filters, index) });

    /// <summary>Sets one display option; an empty value removes it (and an empty set of options is none).</summary>
    public static DashboardWidget SetDisplay(DashboardWidget w, string option, string? value)
    {
        var display = (JsonObject?)w.Display?.DeepClone() ?? [];
        if (string.IsNullOrWhiteSpace(value))
        {
            display.Remove(option);
        }
        else
        {
            display[option] = Value(value);
        }
        return w with { Display = display.Count == 0 ? null : display };
    }

    /// <summary>Sets a KPI's or gauge's comparison: none, the previous period, or a target.</summary>
    public static DashboardWidget SetComparison(DashboardWidget w, string? kind, decimal? target) => w with
    {
        Comparison = kind switch
        {
            KpiComparison.PreviousPeriod => new KpiComparison(kind),
            KpiComparison.TargetValue => new KpiComparison(kind, target ?? 0),
            _ => null,
        },
    };

    /// <summary>The text the panel shows for a filter value.</summary>
    public static string Show(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    private static JsonValue Value(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }
        return trimmed is "true" or "false" ? JsonValue.Create(trimmed == "true") : JsonValue.Create(trimmed);
    }

    private static DashboardWidget WithQuery(DashboardWidget w, AggregateQuery query) => w with { Query = query };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string FreeKey(DashboardWidget w, string stem)
    {
        var used = w.Query.Measures.Select(m => m.Key).Concat((w.Calculated ?? []).Select(c => c.Key)).ToHashSet(StringComparer.Ordinal);
        var n = 1;
        while (used.Contains($"{stem}{n}"))
        {
            n++;
        }
        return $"{stem}{n}";
    }

    private static List<T> Replace<T>(IReadOnlyList<T> list, int index, T item) => [.. list.Select((x, i) => i == index ? item : x)];

    private static List<T> Without<T>(IReadOnlyList<T> list, int index) => [.. list.Where((_, i) => i != index)];
}
