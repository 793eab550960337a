using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Visibility, read-only and required rules for a person's write. A field hidden (by its rule, its container's rule
/// or a hidden container) keeps no value; a field read-only by its rule keeps no value from the person (its default
/// comes back). Rules read values other rules may take away, and formulas computed from those: so rounds of "apply
/// every rule, recompute the formulas" repeat until a round takes nothing more away. Values are only ever taken away,
/// so this ends after at most one round per field. Only then is "required" decided, from what is left.
/// </summary>
internal static class VisibilityRules
{
    internal static void Apply(RecordCheck check)
    {
        if (check.IsClient && check.Schema.HasWithdrawingRules)
        {
            var rounds = 0;
            while (WithdrawRound(check) && rounds++ <= check.Schema.FieldArray.Length)
            {
                FormulaFields.Compute(check);
            }

            // What was wrong with a value taken away no longer matters, and the person could not see it to fix it.
            check.Sink.DiscardUnder(check.Withdrawn);
        }

        var scope = new FormulaScope(check.Data);
        foreach (var item in check.Schema.Layout)
        {
            Require(check, item, scope, hiddenAbove: false);
        }
    }

    private static bool WithdrawRound(RecordCheck check)
    {
        var changed = false;
        var scope = new FormulaScope(check.Data);
        foreach (var item in check.Schema.Layout)
        {
            changed |= Withdraw(check, item, scope, hiddenAbove: false);
        }

        return changed;
    }

    private static bool IsHidden(FieldDefinition item, FormulaScope scope, bool hiddenAbove) =>
        hiddenAbove || (item.IsContainer && item.Hidden) || (item.VisibleWhen is { } rule && !RuleChecks.Holds(rule, scope, fallback: true));

    private static bool Withdraw(RecordCheck check, FieldDefinition item, FormulaScope scope, bool hiddenAbove)
    {
        var hidden = IsHidden(item, scope, hiddenAbove);
        var changed = WithdrawValue(check, item, check.Data, scope, null, hidden);
        if (item.Type == FieldType.Subform && !hidden && item.RowsHaveWithdrawingRules && check.Data[item.Key] is JsonArray rows)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] is JsonObject row)
                {
                    var rowScope = scope with { Row = row };
                    var prefix = RecordCheck.RowPrefix(item.Key, i);
                    foreach (var column in item.SubFieldArray)
                    {
                        changed |= WithdrawValue(check, column, row, rowScope, prefix, IsHidden(column, rowScope, false));
                    }
                }
            }
        }

        foreach (var pane in item.Panes)
        {
            foreach (var child in pane.Items)
            {
                changed |= Withdraw(check, child, scope, hidden);
            }
        }

        return changed;
    }

    /// <summary>Takes away a hidden or rule-read-only value; true when the data changed.</summary>
    private static bool WithdrawValue(RecordCheck check, FieldDefinition field, JsonObject target, FormulaScope scope, string? rowPrefix, bool hidden)
    {
        if (!field.IsInput || field.Hidden || field.ReadOnly)
        {
            return false;
        }

        var readOnly = !hidden && field.ReadOnlyWhen is { } rule && RuleChecks.Holds(rule, scope, fallback: false);
        if (!hidden && !readOnly)
        {
            return false;
        }

        var path = RecordCheck.PathOf(rowPrefix, field.Key);
        if (!check.Withdraw(path))
        {
            return false;
        }

        // Taken away means empty, not failed: a formula over it (a total of optional amounts) still computes. A
        // subform stays "failed": formulas over a hidden subform are left empty rather than computed from no rows.
        if (hidden && field.Type == FieldType.Subform)
        {
            check.Fail(path);
        }
        else
        {
            check.Forget(path);
        }

        var removed = target.Remove(field.Key);
        if (readOnly && field.DefaultValue is { } defaultValue)
        {
            target[field.Key] = defaultValue.DeepClone();
        }

        return removed;
    }

    private static void Require(RecordCheck check, FieldDefinition item, FormulaScope scope, bool hiddenAbove)
    {
        var hidden = check.IsClient && IsHidden(item, scope, hiddenAbove);
        if (!hidden)
        {
            RequireValue(check, item, check.Data, scope, null);
            // A cell present after the input was taken stays present unless a rule withdrew it (then nothing is asked
            // of it): rows only need walking when a cell was left empty or a rule can make one required.
            if (item.Type == FieldType.Subform && item.RowsHaveRules && (item.RowsHaveRequiredRules || check.MayLackRequired)
                && check.Data[item.Key] is JsonArray rows)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    if (rows[i] is JsonObject row && !check.IsBrokenRow(item.Key, i))
                    {
                        RequireRow(check, item, i, row, scope);
                    }
                }
            }
        }

        foreach (var pane in item.Panes)
        {
            foreach (var child in pane.Items)
            {
                Require(check, child, scope, hidden);
            }
        }
    }

    // Most rows have every cell filled: those are passed over without spelling out a path or making a scope.
    private static void RequireRow(RecordCheck check, FieldDefinition subform, int index, JsonObject row, FormulaScope scope)
    {
        FormulaScope? rowScope = null;
        string? prefix = null;
        foreach (var column in subform.SubFieldArray)
        {
            if (!column.IsInput || HasValue(row, column))
            {
                continue;
            }

            rowScope ??= scope with { Row = row };
            if (!check.IsClient || !IsHidden(column, rowScope, false))
            {
                RequireValue(check, column, row, rowScope, prefix ??= RecordCheck.RowPrefix(subform.Key, index));
            }
        }
    }

    private static bool HasValue(JsonObject target, FieldDefinition field) =>
        target.TryGetPropertyValue(field.Key, out var value) && value is not (null or JsonArray { Count: 0 });

    private static void RequireValue(RecordCheck check, FieldDefinition field, JsonObject target, FormulaScope scope, string? rowPrefix)
    {
        // A person never writes hidden or read-only fields, so nothing is asked of them there.
        if (!field.IsInput || (check.IsClient && (field.Hidden || field.ReadOnly)))
        {
            return;
        }

        if (HasValue(target, field))
        {
            return;
        }

        var path = RecordCheck.PathOf(rowPrefix, field.Key);
        if (check.IsWithdrawn(path) || check.WasReported(path))
        {
            return;
        }

        var sink = check.Sink;
        if (field.Required || (field.RequiredWhen is { } rule && RuleChecks.Holds(rule, scope, fallback: false)))
        {
            sink.Add(path, FieldErrorCodes.Required, field.Label.Resolve(sink.Culture), ValidationText.Required(sink.Chinese));
            check.Fail(path);
        }
        else if (field.MinRows > 0)
        {
            // "At least one row" means at least one row, also when no rows were sent at all.
            sink.Add(path, FieldErrorCodes.MinRows, field.Label.Resolve(sink.Culture), ValidationText.MinRows(sink.Chinese, field.MinRows.Value));
            check.Fail(path);
        }
    }
}
