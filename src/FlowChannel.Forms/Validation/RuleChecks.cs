using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// What runs around the rules (<see cref="VisibilityRules"/>): formula defaults before, and after them option linkage,
/// custom checks, uniqueness among subform rows, sourced choices and the form's submit checks.
/// </summary>
internal static class RuleChecks
{
    /// <summary>
    /// Fills missing fields whose default is a formula. Formula fields are computed before, so a default may read
    /// them; a default reading another formula default waits for it (rounds, at most one per default).
    /// </summary>
    internal static void ApplyDefaults(RecordCheck check)
    {
        var pending = check.DeferredDefaults;
        if (pending.Count == 0)
        {
            return;
        }

        FormulaFields.Compute(check);
        var done = new bool[pending.Count];
        for (var round = 0; round <= pending.Count; round++)
        {
            var last = round == pending.Count;
            for (var i = 0; i < pending.Count; i++)
            {
                // In the last round whatever is left (defaults reading each other) is computed in document order.
                if (!done[i] && (last || !WaitsForAnother(pending, done, i)))
                {
                    ApplyDefault(check, pending[i]);
                    done[i] = true;
                }
            }
        }
    }

    private static bool WaitsForAnother(List<(FieldDefinition Field, JsonObject Target, string? RowPrefix)> pending, bool[] done, int index)
    {
        var (field, target, _) = pending[index];
        var formula = field.DefaultFormula!;
        for (var j = 0; j < pending.Count; j++)
        {
            var other = pending[j];
            if (j != index && !done[j]
                && (other.RowPrefix is null ? formula.Dependencies.Contains(other.Field.Key)
                    : ReferenceEquals(other.Target, target) && formula.RowDependencies.Contains(other.Field.Key)))
            {
                return true;
            }
        }

        return false;
    }

    private static void ApplyDefault(RecordCheck check, (FieldDefinition Field, JsonObject Target, string? RowPrefix) item)
    {
        var (field, target, rowPrefix) = item;
        var scope = new FormulaScope(check.Data, rowPrefix is null ? null : target);
        var value = FormulaFields.Evaluate(field.DefaultFormula!, scope, out _);
        var sink = new ErrorSink(check.Sink.Culture);
        if (value is not null && !new InputValue(value).IsEmpty
            && FieldValueChecker.Normalize(field, new InputValue(value), sink) is { } normalized && sink.Count == 0)
        {
            target[field.Key] = normalized;
        }
    }

    internal static void CheckValues(RecordCheck check)
    {
        var scope = new FormulaScope(check.Data);
        foreach (var field in check.Schema.FieldArray)
        {
            if (!field.HasValue)
            {
                continue;
            }

            CheckValue(check, field, check.Data, scope, null);
            if (field.Type == FieldType.Subform && check.Data[field.Key] is JsonArray rows && field.RowsHaveChecks)
            {
                CheckRows(check, field, rows, scope);
            }
            else if (field.Unique && check.Data[field.Key] is { } value && !check.HasFailed(field.Key))
            {
                check.UniqueValues.Add(new UniqueValue(field.Key, field, value));
            }
        }
    }

    /// <summary>The form's submit checks, run only when every field passed: their messages speak of valid values.</summary>
    internal static void CheckSubmit(RecordCheck check)
    {
        if (check.Sink.Count > 0 || check.Schema.SubmitChecks.Count == 0)
        {
            return;
        }

        var scope = new FormulaScope(check.Data);
        foreach (var submitCheck in check.Schema.SubmitChecks)
        {
            var holds = FormulaFields.IsTrue(FormulaFields.Evaluate(submitCheck.Formula, scope, out var error));
            if (error is not null)
            {
                check.Sink.Add(string.Empty, FieldErrorCodes.SubmitCheck, check.Schema.Title.Resolve(check.Sink.Culture),
                    ValidationText.CheckFailed(check.Sink.Chinese, error));
            }
            else if (!holds)
            {
                AddMessage(check, string.Empty, FieldErrorCodes.SubmitCheck, submitCheck.Message);
            }
        }
    }

    private static void CheckRows(RecordCheck check, FieldDefinition subform, JsonArray rows, FormulaScope scope)
    {
        Dictionary<string, Dictionary<string, int>>? seen = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not JsonObject row)
            {
                continue;
            }

            var prefix = RecordCheck.RowPrefix(subform.Key, i);
            var rowScope = scope with { Row = row };
            foreach (var column in subform.SubFieldArray)
            {
                CheckValue(check, column, row, rowScope, prefix);
                if (column.Unique && row[column.Key] is { } value && !check.HasFailed(prefix + column.Key))
                {
                    var columnSeen = (seen ??= new(StringComparer.Ordinal)).TryGetValue(column.Key, out var s) ? s : seen[column.Key] = new(StringComparer.Ordinal);
                    if (!columnSeen.TryAdd(value.ToJsonString(), i))
                    {
                        var sink = check.Sink;
                        sink.Add(prefix + column.Key, FieldErrorCodes.Unique, column.Label.Resolve(sink.Culture),
                            ValidationText.DuplicateRow(sink.Chinese, columnSeen[value.ToJsonString()]));
                    }
                }
            }
        }
    }

    private static void CheckValue(RecordCheck check, FieldDefinition field, JsonObject target, FormulaScope scope, string? rowPrefix)
    {
        var path = RecordCheck.PathOf(rowPrefix, field.Key);
        if (target[field.Key] is not { } value || check.HasFailed(path))
        {
            return;
        }

        if (field.OptionsFrom is not null)
        {
            check.SourcedChoices.Add(new SourcedChoice(path, field, value, rowPrefix is null ? null : target));
        }

        if (field.OptionsDependOn is not null && field.Options.Count > 0)
        {
            var parent = OptionLinkage.ParentValue(field, check.Data, rowPrefix is null ? null : target);
            foreach (var chosen in value is JsonArray many ? many.Select(v => v!.GetValue<string>()) : [value.GetValue<string>()])
            {
                if (field.OptionIndex.TryGetValue(chosen, out var index) && !OptionLinkage.IsOffered(field.Options[index], parent))
                {
                    check.Sink.Add(field, path, FieldErrorCodes.Option, ValidationText.OptionNotOffered(check.Sink.Chinese, chosen));
                    check.Fail(path);
                    return;
                }
            }
        }

        foreach (var custom in field.Validations)
        {
            var holds = FormulaFields.IsTrue(FormulaFields.Evaluate(custom.Formula, scope, out var error));
            if (error is not null)
            {
                check.Sink.Add(field, path, FieldErrorCodes.Check, ValidationText.CheckFailed(check.Sink.Chinese, error));
            }
            else if (!holds)
            {
                AddMessage(check, path, FieldErrorCodes.Check, custom.Message);
            }
        }
    }

    internal static bool Holds(FieldFormula rule, FormulaScope scope, bool fallback)
    {
        var value = FormulaFields.Evaluate(rule, scope, out var error);
        return error is null ? FormulaFields.IsTrue(value) : fallback;
    }

    // The author's message is the whole text: it already says what is wrong, so no label is put before it.
    private static void AddMessage(RecordCheck check, string path, string code, LocalizedText message) =>
        check.Sink.AddMessage(path, code, message.Resolve(check.Sink.Culture));
}
