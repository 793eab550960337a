using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Application.Records.Query;

namespace FlowChannel.Application.Dashboards.Data;

/// <summary>
/// Turns the values chosen in a dashboard's filter widgets into records-grid filters for one widget's form. A date
/// range is <c>{"from": "2026-01-01", "to": "2026-03-31"}</c> (either end may be left out); the others a text
/// (equal) or an array of texts (any of them). A filter that names no field of the widget's form leaves it alone.
/// </summary>
public static class GlobalFilterValues
{
    public static List<GridFilter> For(DashboardDefinition dashboard, string formId, IReadOnlyDictionary<string, JsonNode?> values, DateRange? replaceRange = null)
    {
        var filters = new List<GridFilter>();
        foreach (var filter in dashboard.Filters)
        {
            if (!filter.Fields.TryGetValue(formId, out var field))
            {
                continue;
            }
            if (filter.Kind == DashboardFilterKinds.DateRange)
            {
                var range = replaceRange ?? Range(values.GetValueOrDefault(filter.Key));
                if (range?.From is { } from)
                {
                    filters.Add(new GridFilter(field, GridOperators.GreaterOrEqual, Day(from)));
                }
                if (range?.To is { } to)
                {
                    filters.Add(new GridFilter(field, GridOperators.LessOrEqual, Day(to)));
                }
                continue;
            }
            switch (values.GetValueOrDefault(filter.Key))
            {
                case JsonArray { Count: > 0 } any:
                    filters.Add(new GridFilter(field, GridOperators.In, any.DeepClone()));
                    break;
                case JsonValue one when one.GetValueKind() == System.Text.Json.JsonValueKind.String && one.GetValue<string>().Length > 0:
                    filters.Add(new GridFilter(field, GridOperators.Equal, one.DeepClone()));
                    break;
            }
        }
        return filters;
    }

    /// <summary>The chosen date range of the dashboard, if one was chosen.</summary>
    public static DateRange? ChosenRange(DashboardDefinition dashboard, IReadOnlyDictionary<string, JsonNode?> values) =>
        dashboard.Filters.Where(f => f.Kind == DashboardFilterKinds.DateRange)
            .Select(f => Range(values.GetValueOrDefault(f.Key))).FirstOrDefault(r => r is not null);

    private static DateRange? Range(JsonNode? value)
    {
        if (value is not JsonObject o)
        {
            return null;
        }
        var range = new DateRange(Date(o["from"]), Date(o["to"]));
        return range.From is null && range.To is null ? null : range;
    }

    private static DateOnly? Date(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    private static JsonValue Day(DateOnly d) => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

/// <summary>Inclusive days; either end may be open.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To)
{
    /// <summary>The same number of days just before this range; none when an end is open.</summary>
    public DateRange? Previous() => From is { } f && To is { } t
        ? new DateRange(f.AddDays(-(t.DayNumber - f.DayNumber + 1)), f.AddDays(-1))
        : null;
}
