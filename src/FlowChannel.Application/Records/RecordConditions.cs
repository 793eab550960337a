using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Records;

/// <summary>
/// Evaluates <see cref="RecordCondition"/>s (link filters, related-record and data-linkage conditions, option
/// sources): each condition's formula is computed over this record's current values (and the current subform row),
/// then compared with the other record's field. A formula that fails or gives nothing matches nothing, so an
/// unfilled value never pulls in every record.
/// </summary>
public static class RecordConditions
{
    // Thread-safe and pooled, like the validator's own evaluator.
    private static readonly FormulaEvaluator Evaluator = new();

    /// <summary>The conditions' right-hand values, computed once for a whole candidate scan.</summary>
    public static IReadOnlyList<(RecordCondition Condition, JsonNode? Value)> Compute(IReadOnlyList<RecordCondition> conditions, JsonObject current, JsonObject? row)
    {
        var scope = new FormulaScope(current, row);
        return conditions.Select(c => (c, Evaluate(c.Value, scope))).ToList();
    }

    public static bool Matches(IReadOnlyList<(RecordCondition Condition, JsonNode? Value)> computed, JsonObject other) =>
        computed.All(c => Matches(c.Condition.Operator, other[c.Condition.Field], c.Value));

    private static JsonNode? Evaluate(FieldFormula formula, FormulaScope scope)
    {
        try
        {
            return Evaluator.Evaluate(formula.Compiled, scope);
        }
        catch (ExpressionException)
        {
            return null;
        }
    }

    internal static bool Matches(ConditionOperator op, JsonNode? actual, JsonNode? expected)
    {
        if (expected is null || (expected is JsonValue && JsonValueText.Of(expected) is ""))
        {
            return op == ConditionOperator.NotEquals && actual is not null;
        }
        // A list on the other side (a multi-select, members) matches when one of its items does.
        if (actual is JsonArray items && op is ConditionOperator.Equals or ConditionOperator.Contains)
        {
            return items.Any(i => Matches(ConditionOperator.Equals, i, expected))
                || (op == ConditionOperator.Contains && Contains(actual, expected));
        }
        return op switch
        {
            ConditionOperator.Equals => EqualValues(actual, expected),
            ConditionOperator.NotEquals => !EqualValues(actual, expected),
            ConditionOperator.Contains => Contains(actual, expected),
            _ => Compare(actual, expected) is { } order && op switch
            {
                ConditionOperator.GreaterThan => order > 0,
                ConditionOperator.GreaterOrEqual => order >= 0,
                ConditionOperator.LessThan => order < 0,
                _ => order <= 0,
            },
        };
    }

    private static bool EqualValues(JsonNode? actual, JsonNode? expected) =>
        JsonValueText.TryNumber(actual, out var a) && JsonValueText.TryNumber(expected, out var b)
            ? a == b
            : string.Equals(JsonValueText.Key(actual), JsonValueText.Key(expected), StringComparison.Ordinal);

    private static bool Contains(JsonNode? actual, JsonNode? expected) =>
        JsonValueText.Of(actual) is { } text && JsonValueText.Of(expected) is { } part
        && text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static int? Compare(JsonNode? actual, JsonNode? expected)
    {
        if (actual is null)
        {
            return null;
        }
        if (JsonValueText.TryNumber(actual, out var a) && JsonValueText.TryNumber(expected, out var b))
        {
            return a.CompareTo(b);
        }
        // Dates (yyyy-MM-dd) and UTC date-times compare correctly as ordinal text.
        return string.CompareOrdinal(JsonValueText.Of(actual), JsonValueText.Of(expected));
    }
}
