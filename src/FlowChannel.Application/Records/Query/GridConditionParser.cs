using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Validation;
using static FlowChannel.Application.Records.Query.GridOperators;

namespace FlowChannel.Application.Records.Query;

/// <summary>Checks a filter's operator and value against its field's kind and turns it into a <see cref="GridCondition"/>.</summary>
internal sealed class GridConditionParser(GridDates dates)
{
    public (GridCondition? Condition, FieldError? Error) Parse(GridField field, GridFilter filter, string place)
    {
        if (!GridValueKinds.Operators(field.Kind).Contains(filter.Op))
        {
            var allowed = string.Join(", ", GridValueKinds.Operators(field.Kind).Order(StringComparer.Ordinal));
            return Fail(place, "operator", $"'{filter.Field}': operator '{filter.Op}' does not apply to a {Describe(field.Kind)} field (use one of {allowed}).");
        }
        if (filter.Op is Empty or NotEmpty)
        {
            return (new GridCondition(filter.Op == Empty), null);
        }
        try
        {
            return (field.Kind switch
            {
                GridValueKind.Number => Number(filter),
                GridValueKind.Boolean => Boolean(filter),
                GridValueKind.Date or GridValueKind.DateTime => Date(filter, field.Kind == GridValueKind.DateTime),
                _ => Text(filter),
            }, null);
        }
        catch (FormatException e)
        {
            return Fail(place, "value", $"'{filter.Field}' {filter.Op}: {e.Message}");
        }
    }

    private static GridCondition Text(GridFilter filter)
    {
        switch (filter.Op)
        {
            case Contains or NotContains:
                var term = Scalar(filter.Value, "a text").ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(…): the culture and comparison overloads do not translate
                return new GridCondition(filter.Op == NotContains, Text: x => x!.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
            case In or NotIn:
                var list = List(filter.Value).Select(v => Scalar(v, "a list of texts")).ToList();
                return new GridCondition(filter.Op == NotIn, Text: x => list.Contains(x!));
            default:
                var text = Scalar(filter.Value, "a text");
                return new GridCondition(filter.Op == NotEqual, Text: x => x == text);
        }
    }

    private static GridCondition Number(GridFilter filter)
    {
        switch (filter.Op)
        {
            case In or NotIn:
                var list = List(filter.Value).Select(v => (double?)ToNumber(v)).ToList();
                return new GridCondition(filter.Op == NotIn, Number: x => list.Contains(x));
            case Between:
                var (low, high) = Pair(filter.Value, ToNumber);
                return new GridCondition(false, Number: x => x >= low && x <= high);
        }
        var n = ToNumber(filter.Value);
        return filter.Op switch
        {
            Greater => new GridCondition(false, Number: x => x > n),
            GreaterOrEqual => new GridCondition(false, Number: x => x >= n),
            Less => new GridCondition(false, Number: x => x < n),
            LessOrEqual => new GridCondition(false, Number: x => x <= n),
            _ => new GridCondition(filter.Op == NotEqual, Number: x => x == n),
        };
    }

    private static GridCondition Boolean(GridFilter filter)
    {
        var flag = filter.Value is JsonValue v && v.TryGetValue<bool>(out var b) ? b
            : filter.Value is JsonValue s && s.TryGetValue<string>(out var t) && bool.TryParse(t, out var parsed) ? parsed
            : throw new FormatException("expected true or false.");
        double one = flag ? 1 : 0;
        return new GridCondition(filter.Op == NotEqual, Number: x => x == one);
    }

    private GridCondition Date(GridFilter filter, bool withTime)
    {
        if (filter.Op == Preset)
        {
            var (first, end) = dates.Preset(Scalar(filter.Value, "a preset name"), withTime);
            return new GridCondition(false, Date: x => x >= first && x < end);
        }
        if (filter.Op == Between)
        {
            var (from, to) = Pair(filter.Value, v => dates.Parse(Scalar(v, "a date"), withTime));
            var (start, last) = (from.Start, to.End);
            return to.IsInstant ? new GridCondition(false, Date: x => x >= start && x <= last)
                : new GridCondition(false, Date: x => x >= start && x < last);
        }
        var d = dates.Parse(Scalar(filter.Value, "a date"), withTime);
        var (s, e) = (d.Start, d.End);
        Expression<Func<DateTime?, bool>> test = filter.Op switch
        {
            Greater when d.IsInstant => x => x > s,
            Greater => x => x >= e,
            GreaterOrEqual => x => x >= s,
            Less => x => x < s,
            LessOrEqual when d.IsInstant => x => x <= s,
            LessOrEqual => x => x < e,
            _ when d.IsInstant => x => x == s,
            _ => x => x >= s && x < e,
        };
        return new GridCondition(filter.Op == NotEqual, Date: test);
    }

    private static string Scalar(JsonNode? value, string expected) => value is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
        ? v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()
        : throw new FormatException($"expected {expected}.");

    private static double ToNumber(JsonNode? value) =>
        value is JsonValue v && (v.TryGetValue<double>(out var d)
            || (v.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d)))
            ? d : throw new FormatException("expected a number.");

    private static List<JsonNode?> List(JsonNode? value) => value is JsonArray { Count: > 0 } array
        ? [.. array] : throw new FormatException("expected a non-empty array.");

    private static (T Low, T High) Pair<T>(JsonNode? value, Func<JsonNode?, T> read) => value is JsonArray { Count: 2 } pair
        ? (read(pair[0]), read(pair[1])) : throw new FormatException("expected an array of two values [from, to].");

    private static string Describe(GridValueKind kind) => kind switch
    {
        GridValueKind.DateTime => "date-time",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static (GridCondition?, FieldError?) Fail(string place, string code, string message) => (null, new FieldError(place, code, message));
}
