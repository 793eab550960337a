using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Application.Dashboards.Data;

/// <summary>
/// Computes a widget's calculated measures per group with the form language's formula engine, after the database
/// aggregated: each formula sees the group's measures (and earlier calculated ones) by key. A formula that fails for
/// a group (a division by zero, a missing value) gives null there.
/// </summary>
public static class CalculatedMeasures
{
    // Thread-safe and pooled, as the form validator's.
    private static readonly FormulaEvaluator Evaluator = new();

    public static AggregateResult Apply(AggregateResult result, IReadOnlyList<CalculatedMeasure> calculated)
    {
        if (calculated.Count == 0)
        {
            return result;
        }
        var formulas = calculated.Select(c => FormulaCompiler.Compile(c.Formula).GetFormulaOrThrow()).ToList();
        var rows = result.Rows.Select(row =>
        {
            var values = new List<decimal?>(row.Values);
            var scope = new JsonObject();
            for (var i = 0; i < result.Measures.Count; i++)
            {
                scope[result.Measures[i]] = row.Values[i] is { } v ? JsonValue.Create(v) : null;
            }
            for (var c = 0; c < formulas.Count; c++)
            {
                var value = Evaluate(formulas[c], new FormulaScope(scope));
                values.Add(value);
                scope[calculated[c].Key] = value is { } n ? JsonValue.Create(n) : null;
            }
            return new AggregateRow(row.Keys, values);
        }).ToList();
        return result with { Measures = [.. result.Measures, .. calculated.Select(c => c.Key)], Rows = rows };
    }

    private static decimal? Evaluate(CompiledFormula formula, FormulaScope scope)
    {
        if (FormulaEvaluator.TryEvaluateNumber(formula, scope, out var quick))
        {
            return quick;
        }
        try
        {
            var node = Evaluator.Evaluate(formula, scope) as JsonValue;
            return node is not null && node.TryGetValue<decimal>(out var n) ? n
                : node is not null && node.TryGetValue<double>(out var x) && double.IsFinite(x) ? (decimal)x : null;
        }
        catch (FlowChannel.Expressions.ExpressionException)
        {
            return null;
        }
    }
}
