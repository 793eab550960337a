using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Records.Export;

/// <summary>
/// The filters of an export view as one predicate over a stored row, applied while the rows stream (memory stays
/// flat). Text compares case-insensitively; numbers as numbers; dates as their ISO text, which sorts as time does.
/// A filter may only name a field the exporter sees, or the filter itself would reveal a hidden value.
/// </summary>
public static class ExportFilters
{
    public const string StatusField = "$status";

    private static readonly string[] Operators =
        ["eq", "ne", "contains", "notContains", "in", "notIn", "gt", "gte", "lt", "lte", "between", "empty", "notEmpty"];

    public static Func<string, JsonObject, bool> Compile(IReadOnlyList<ExportFilter> filters, ISet<string> visibleFields, List<FieldError> errors)
    {
        var tests = new List<Func<string, JsonObject, bool>>();
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            if (filter.Field != StatusField && !visibleFields.Contains(filter.Field))
            {
                errors.Add(new FieldError($"filters[{i}].field", "unknownField", $"'{filter.Field}' is not a field you can see in this form."));
            }
            else if (!Operators.Contains(filter.Op, StringComparer.Ordinal))
            {
                errors.Add(new FieldError($"filters[{i}].op", "unknownOperator", $"'{filter.Op}' is not one of {string.Join(", ", Operators)}."));
            }
            else if (filter.Op is "in" or "notIn" or "between" && filter.Value is not JsonArray || filter.Op == "between" && filter.Value is JsonArray { Count: not 2 })
            {
                errors.Add(new FieldError($"filters[{i}].value", "invalidValue", $"'{filter.Op}' needs a list of values{(filter.Op == "between" ? " (two)" : "")}."));
            }
            else
            {
                tests.Add((status, data) => Holds(filter, filter.Field == StatusField ? JsonValue.Create(status) : data[filter.Field]));
            }
        }
        return (status, data) => tests.TrueForAll(t => t(status, data));
    }

    private static bool Holds(ExportFilter filter, JsonNode? value)
    {
        var texts = value is JsonArray items ? [.. items.Select(Text)] : new[] { Text(value) };
        var wanted = Text(filter.Value);
        return filter.Op switch
        {
            "empty" => texts.All(t => t.Length == 0),
            "notEmpty" => texts.Any(t => t.Length > 0),
            "eq" => texts.Any(t => Equal(t, wanted)),
            "ne" => !texts.Any(t => Equal(t, wanted)),
            "contains" => texts.Any(t => t.Contains(wanted, StringComparison.OrdinalIgnoreCase)),
            "notContains" => !texts.Any(t => t.Contains(wanted, StringComparison.OrdinalIgnoreCase)),
            "in" => texts.Any(t => filter.Value!.AsArray().Any(v => Equal(t, Text(v)))),
            "notIn" => !texts.Any(t => filter.Value!.AsArray().Any(v => Equal(t, Text(v)))),
            "between" => texts.Any(t => t.Length > 0 && Compare(t, Text(filter.Value![0])) >= 0 && Compare(t, Text(filter.Value[1])) <= 0),
            var op => texts.Any(t => t.Length > 0 && op switch
            {
                "gt" => Compare(t, wanted) > 0,
                "gte" => Compare(t, wanted) >= 0,
                "lt" => Compare(t, wanted) < 0,
                _ => Compare(t, wanted) <= 0,
            }),
        };
    }

    /// <summary>A reference compares by its id or name, anything else by its text.</summary>
    private static string Text(JsonNode? node) => node is JsonObject o ? JsonValueText.Key(o) ?? "" : JsonValueText.Of(node) ?? "";

    private static bool Equal(string a, string b) => Compare(a, b) == 0;

    private static int Compare(string a, string b) =>
        decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
}
