using System.Text.Json.Nodes;
using FlowChannel.Application.Records;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Application.Automations.Running;

/// <summary>
/// Evaluates a rule's formulas over the triggering record's values; in an update's mapping <c>row.x</c> is the target
/// record's current value of x. A formula that fails is an <see cref="AutomationActionException"/> naming its place.
/// </summary>
internal static class AutomationFormulas
{
    // Thread-safe and pooled, like the validator's own evaluator.
    private static readonly FormulaEvaluator Evaluator = new();

    public static JsonNode? Evaluate(string place, string formula, JsonObject data, JsonObject? row = null)
    {
        try
        {
            return Evaluator.Evaluate(formula, new FormulaScope(data, row));
        }
        catch (ExpressionException e)
        {
            throw new AutomationActionException(place, $"The formula '{formula}' failed: {e.Message}", e);
        }
    }

    public static bool IsTrue(string place, string formula, JsonObject data) => Evaluate(place, formula, data) switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d != 0,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        _ => true,
    };

    /// <summary>Every mapped field's value for one target (its current data as <c>row</c>, or none for a new record).</summary>
    public static JsonObject Map(string place, IReadOnlyDictionary<string, string> fields, JsonObject data, JsonObject? row)
    {
        var values = new JsonObject();
        foreach (var (key, formula) in fields)
        {
            values[key] = Evaluate($"{place}/{key}", formula, data, row ?? []);
        }
        return values;
    }

    /// <summary>Whether a target record's fields equal the computed values (the same comparison as link filters).</summary>
    public static bool Matches(JsonObject target, JsonObject values) =>
        values.All(p => RecordConditions.Matches(FlowChannel.Forms.Schema.ConditionOperator.Equals, target[p.Key], p.Value));
}
