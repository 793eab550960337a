using System.Text.RegularExpressions;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Dashboards.Definitions;

/// <summary>The rules a dashboard definition keeps beyond its JSON shape, each broken one reported at its pointer.</summary>
internal static partial class DashboardRules
{
    public static List<SchemaError> Check(DashboardDefinition d)
    {
        var errors = new List<SchemaError>();
        if (d.Id is null || !Name().IsMatch(d.Id))
        {
            errors.Add(new("/id", "The id is 1–64 lower-case letters, digits and dashes, starting with a letter."));
        }
        if (d.Title is null)
        {
            errors.Add(new("/title", "A dashboard needs a title."));
        }
        CheckFilters(d.Filters ?? [], errors);
        Summaries.SummarySchedule.Check(d.Summary, errors);
        if (d.Widgets is null || d.Widgets.Count == 0)
        {
            errors.Add(new("/widgets", "A dashboard needs at least one widget."));
            return errors;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Widgets.Count; i++)
        {
            var w = d.Widgets[i];
            var at = $"/widgets/{i}";
            if (w.Id is null || !Name().IsMatch(w.Id))
            {
                errors.Add(new($"{at}/id", "A widget id is 1–64 letters, digits and dashes, starting with a letter."));
            }
            else if (!ids.Add(w.Id))
            {
                errors.Add(new($"{at}/id", $"The widget id '{w.Id}' is used twice."));
            }
            if (!WidgetTypes.All.Contains(w.Type ?? ""))
            {
                errors.Add(new($"{at}/type", $"Unknown widget type '{w.Type}'; one of {string.Join(", ", WidgetTypes.All)}."));
            }
            if (w.Title is null)
            {
                errors.Add(new($"{at}/title", "A widget needs a title."));
            }
            CheckLayout(w.Layout, $"{at}/layout", errors);
            if (string.IsNullOrWhiteSpace(w.Form))
            {
                errors.Add(new($"{at}/form", "A widget names its source form."));
            }
            CheckMeasures(w, at, errors);
            CheckComparison(w, at, errors);
            CheckShape(w, at, errors);
        }
        return errors;
    }

    private static void CheckFilters(IReadOnlyList<DashboardFilter> filters, List<SchemaError> errors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < filters.Count; i++)
        {
            var f = filters[i];
            var at = $"/filters/{i}";
            if (f.Key is null || !Name().IsMatch(f.Key))
            {
                errors.Add(new($"{at}/key", "A filter key is 1–64 letters, digits and dashes, starting with a letter."));
            }
            else if (!keys.Add(f.Key))
            {
                errors.Add(new($"{at}/key", $"The filter key '{f.Key}' is used twice."));
            }
            if (!DashboardFilterKinds.All.Contains(f.Kind ?? ""))
            {
                errors.Add(new($"{at}/kind", $"Unknown filter kind '{f.Kind}'; one of {string.Join(", ", DashboardFilterKinds.All)}."));
            }
            if (f.Title is null)
            {
                errors.Add(new($"{at}/title", "A filter needs a title."));
            }
            if (f.Fields is null || f.Fields.Count == 0)
            {
                errors.Add(new($"{at}/fields", "A filter names the field it filters in at least one form."));
            }
        }
    }

    private static void CheckLayout(WidgetLayout? l, string at, List<SchemaError> errors)
    {
        if (l is null)
        {
            errors.Add(new(at, "A widget needs a layout (x, y, w, h)."));
            return;
        }
        if (l.X is < 0 or >= WidgetLayout.Columns)
        {
            errors.Add(new($"{at}/x", $"x is a column from 0 to {WidgetLayout.Columns - 1}."));
        }
        if (l.W < 1 || l.X + l.W > WidgetLayout.Columns)
        {
            errors.Add(new($"{at}/w", $"The widget is at least one column wide and ends by column {WidgetLayout.Columns}."));
        }
        if (l.Y < 0)
        {
            errors.Add(new($"{at}/y", "y is a row from 0."));
        }
        if (l.H is < 1 or > 24)
        {
            errors.Add(new($"{at}/h", "h is from 1 to 24 rows."));
        }
    }

    private static void CheckMeasures(DashboardWidget w, string at, List<SchemaError> errors)
    {
        var measures = w.Query?.Measures ?? [];
        if (WidgetTypes.Incentives.Contains(w.Type ?? ""))
        {
            CheckIncentiveReport(w, at, errors);
            return;
        }
        if (w.Query is null || measures.Count is 0 or > AggregateQuery.MaxMeasures)
        {
            errors.Add(new($"{at}/query/measures", $"A widget measures 1 to {AggregateQuery.MaxMeasures} things."));
        }
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (var m = 0; m < measures.Count; m++)
        {
            if (string.IsNullOrWhiteSpace(measures[m].Key) || !known.Add(measures[m].Key))
            {
                errors.Add(new($"{at}/query/measures/{m}/key", "Each measure has its own key."));
            }
        }
        var calculated = w.Calculated ?? [];
        for (var c = 0; c < calculated.Count; c++)
        {
            var (key, formula) = (calculated[c].Key, calculated[c].Formula);
            if (string.IsNullOrWhiteSpace(key) || !known.Add(key))
            {
                errors.Add(new($"{at}/calculated/{c}/key", "A calculated measure has a key no other measure of the widget has."));
            }
            var compiled = FormulaCompiler.Compile(formula ?? "");
            if (!compiled.Succeeded)
            {
                errors.Add(new($"{at}/calculated/{c}/formula", compiled.Errors[0].Message));
            }
            else if (compiled.Formula!.References.FirstOrDefault(r => !known.Contains(r) || r == key) is { } unknown)
            {
                errors.Add(new($"{at}/calculated/{c}/formula", $"'{unknown}' is not a measure of this widget defined before this one."));
            }
        }
    }

    private static void CheckComparison(DashboardWidget w, string at, List<SchemaError> errors)
    {
        if (w.Comparison is not { } c)
        {
            return;
        }
        if (c.Kind is not (KpiComparison.PreviousPeriod or KpiComparison.TargetValue))
        {
            errors.Add(new($"{at}/comparison/kind", "A comparison is with the previousPeriod or a target."));
        }
        else if (c.Kind == KpiComparison.TargetValue && c.Target is null)
        {
            errors.Add(new($"{at}/comparison/target", "A target comparison needs the target."));
        }
        if (w.Type is not (WidgetTypes.Kpi or "gauge"))
        {
            errors.Add(new($"{at}/comparison", "Only a kpi or gauge widget compares its value."));
        }
    }

    /// <summary>What each drawn shape needs of its query: how many dimensions, a target, a map mode.</summary>
    private static void CheckShape(DashboardWidget w, string at, List<SchemaError> errors)
    {
        var dimensions = w.Query?.Dimensions.Count ?? 0;
        var (min, max) = w.Type switch
        {
            WidgetTypes.Funnel or WidgetTypes.Map => (1, 1),
            WidgetTypes.Radar => (1, 2),
            "treemap" or "sunburst" => (1, AggregateQuery.MaxDimensions),
            WidgetTypes.Gauge => (0, 0),
            _ => (0, AggregateQuery.MaxDimensions),
        };
        if (dimensions < min || dimensions > max)
        {
            errors.Add(new($"{at}/query/dimensions", min == max
                ? $"A {w.Type} widget groups by exactly {min} dimension{(min == 1 ? "" : "s")}."
                : $"A {w.Type} widget groups by {min} to {max} dimensions."));
        }
        if (w.Type == WidgetTypes.Gauge && w.Comparison is null)
        {
            errors.Add(new($"{at}/comparison", "A gauge shows attainment: give it a target (or previousPeriod) comparison."));
        }
        if (w.Type == WidgetTypes.Map && w.Display?["mode"] is { } mode
            && !(mode is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var m) && WidgetTypes.MapModes.Contains(m)))
        {
            errors.Add(new($"{at}/display/mode", "A map's mode is choropleth or points."));
        }
        if (w.Type == WidgetTypes.Funnel && w.Display?["stages"] is { } stages
            && !(stages is System.Text.Json.Nodes.JsonArray a && a.Count > 0 && a.All(s => s is System.Text.Json.Nodes.JsonValue sv && sv.TryGetValue<string>(out _))))
        {
            errors.Add(new($"{at}/display/stages", "A funnel's stages are a list of group keys, first stage first."));
        }
    }

    /// <summary>An incentive report has its own columns: it reads the rebate statements, with filters only.</summary>
    private static void CheckIncentiveReport(DashboardWidget w, string at, List<SchemaError> errors)
    {
        if (w.Form != Incentives.StatementFacts.FormId)
        {
            errors.Add(new($"{at}/form", $"A {w.Type} widget reads the {Incentives.StatementFacts.FormId} form."));
        }
        if (w.Query is null || w.Query.Measures.Count > 0 || w.Query.Dimensions.Count > 0 || w.Calculated is { Count: > 0 })
        {
            errors.Add(new($"{at}/query", $"A {w.Type} widget has fixed columns: its query holds filters only."));
        }
        if (w.Display?["within"] is { } within
            && !(within is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<decimal>(out var share) && share is > 0 and <= 1))
        {
            errors.Add(new($"{at}/display/within", "The near-miss distance is a share of the tier boundary above 0 and at most 1."));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,63}$")]
    private static partial Regex Name();
}
