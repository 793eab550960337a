using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Forms.Calculation;

/// <summary>
/// Live computing for a form being filled in: after one value changes, only the formulas that depend on it are
/// computed again (in a subform, only in the changed row unless a form-level value they read changed too), and rules
/// answer whether a field is shown, required or read-only and which options it offers. Works on the record as JSON,
/// the shape the server stores; the server still recomputes everything on submit.
/// </summary>
public sealed class FormCalculator
{
    public FormCalculator(FormSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
    }

    public FormSchema Schema { get; }

    /// <summary>Computes every formula field: when the form opens, or after rows were added or removed.</summary>
    public void RecomputeAll(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scope = new FormulaScope(data);
        foreach (var field in Schema.FormulaOrderArray)
        {
            ComputeEverywhere(field, data, scope);
        }
    }

    /// <summary>
    /// Recomputes what depends on <paramref name="node"/> (a field key, or <c>lines.qty</c> for a subform column) after
    /// it changed; <paramref name="rowIndex"/> is the changed row for a column. Returns the formula fields recomputed.
    /// </summary>
    public IReadOnlyList<FieldDefinition> Recompute(JsonObject data, string node, int? rowIndex = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(node);
        var affected = Schema.Dependencies.FormulasAffectedBy(node);
        var dot = node.IndexOf('.', StringComparison.Ordinal);
        var changedSubform = dot > 0 ? node[..dot] : null;
        var scope = new FormulaScope(data);
        // The subform itself counts as changed: a column formula reading the whole column (row.amt / SUM(lines.amt)) changes in every row.
        HashSet<string>? formLevelChanged = changedSubform is null || rowIndex is null ? null : new(StringComparer.Ordinal) { changedSubform };
        foreach (var field in affected)
        {
            // Row i's formulas only see row i and form-level values: when none of those changed, other rows stay as they are.
            var onlyThisRow = formLevelChanged is not null && field.SubformKey == changedSubform
                && !field.Formula!.Dependencies.Any(formLevelChanged.Contains);
            if (onlyThisRow && data[changedSubform!] is JsonArray rows && rowIndex < rows.Count && rows[rowIndex.Value] is JsonObject row)
            {
                Compute(field, row, scope with { Row = row });
            }
            else
            {
                ComputeEverywhere(field, data, scope);
            }

            if (field.SubformKey is null)
            {
                formLevelChanged?.Add(field.Key);
            }
        }

        return affected;
    }

    /// <summary>Whether <paramref name="field"/> is shown: not hidden, and its visibility rule (if any) holds.</summary>
    /// <param name="field">A field of the form or a subform column.</param>
    /// <param name="data">The record as it stands.</param>
    /// <param name="row">The current row, for a subform column.</param>
    public static bool IsVisible(FieldDefinition field, JsonObject data, JsonObject? row = null) =>
        !field.Hidden && (field.VisibleWhen is not { } rule || Holds(rule, data, row, fallback: true));

    public static bool IsRequired(FieldDefinition field, JsonObject data, JsonObject? row = null) =>
        field.Required || (field.RequiredWhen is { } rule && Holds(rule, data, row, fallback: false));

    public static bool IsReadOnly(FieldDefinition field, JsonObject data, JsonObject? row = null) =>
        field.ReadOnly || (field.ReadOnlyWhen is { } rule && Holds(rule, data, row, fallback: false));

    /// <summary>The static options offered now: all, or with option linkage those whose <c>when</c> has the controlling value.</summary>
    public static IReadOnlyList<FieldOption> OptionsFor(FieldDefinition field, JsonObject data, JsonObject? row = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.OptionsDependOn is null)
        {
            return field.Options;
        }

        var parent = OptionLinkage.ParentValue(field, data, row);
        return [.. field.Options.Where(o => OptionLinkage.IsOffered(o, parent))];
    }

    /// <summary>The value of a formula default for a new record or row (null when it gives nothing or fails).</summary>
    public static JsonNode? DefaultFor(FieldDefinition field, JsonObject data, JsonObject? row = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.DefaultFormula is { } formula
            ? FormulaFields.Evaluate(formula, new FormulaScope(data, row), out _)
            : field.DefaultValue?.DeepClone();
    }

    // The same reading of a rule as the server's (a rule that fails to compute falls back, it does not block).
    private static bool Holds(FieldFormula rule, JsonObject data, JsonObject? row, bool fallback) =>
        RuleChecks.Holds(rule, new FormulaScope(data, row), fallback);

    private static void ComputeEverywhere(FieldDefinition field, JsonObject data, FormulaScope scope)
    {
        if (field.SubformKey is not { } subformKey)
        {
            Compute(field, data, scope);
            return;
        }

        if (data[subformKey] is JsonArray rows)
        {
            foreach (var item in rows)
            {
                if (item is JsonObject row)
                {
                    Compute(field, row, scope with { Row = row });
                }
            }
        }
    }

    // A formula that fails or gives nothing shows empty while typing; the submit reports why.
    private static void Compute(FieldDefinition field, JsonObject target, FormulaScope scope)
    {
        var value = FormulaFields.Evaluate(field.Formula!, scope, out _);
        var normalized = value is null ? null : FormulaFields.Normalize(field, field.Formula!.ResultType, value);
        if (normalized is null)
        {
            target.Remove(field.Key);
        }
        else
        {
            target[field.Key] = normalized;
        }
    }
}
