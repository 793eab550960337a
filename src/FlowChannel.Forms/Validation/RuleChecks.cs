using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// What runs once every value is taken and computed: formula defaults, visibility / required / read-only rules (a
/// field hidden by its rule keeps no value; a field read-only by its rule keeps no value from a person), option
/// linkage, custom checks, uniqueness among subform rows, and the form's submit checks.
/// </summary>
internal static class RuleChecks
{
    internal static void ApplyDefaults(RecordCheck check)
    {
        foreach (var (field, target, rowPrefix) in check.DeferredDefaults)
        {
            var scope = new FormulaScope(check.Data, rowPrefix is null ? null : target);
            var value = FormulaFields.Evaluate(field.DefaultFormula!, scope, out _);
            var sink = new ErrorSink(check.Sink.Culture);
            if (value is not null && !new InputValue(value).IsEmpty
                && FieldValueChecker.Normalize(field, new InputValue(value), sink) is { } normalized && sink.Count == 0)
            {
                target[field.Key] = normalized;
            }
        }
    }

    /// <summary>Applies the rules; true when a value was dropped, so formulas must be computed again.</summary>
    internal static bool ApplyVisibility(RecordCheck check)
    {
        var dropped = false;
        var scope = new FormulaScope(check.Data);
        foreach (var item in check.Schema.Layout)
        {
            dropped |= Visit(check, item, scope, hiddenAbove: false);
        }

        return dropped;
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

    private static bool Visit(RecordCheck check, FieldDefinition item, FormulaScope scope, bool hiddenAbove)
    {
        var hidden = hiddenAbove || (item.VisibleWhen is { } rule && !Holds(rule, scope, fallback: true));
        var dropped = false;
        if (item.HasValue)
        {
            dropped = ApplyFieldRules(check, item, check.Data, scope, null, hidden);
            if (item.Type == FieldType.Subform && !hidden && item.RowsHaveRules && check.Data[item.Key] is JsonArray rows)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    if (rows[i] is JsonObject row)
                    {
                        var rowScope = scope with { Row = row };
                        var prefix = RecordCheck.RowPrefix(item.Key, i);
                        foreach (var column in item.SubFields)
                        {
                            var columnHidden = column.VisibleWhen is { } c && !Holds(c, rowScope, fallback: true);
                            dropped |= ApplyFieldRules(check, column, row, rowScope, prefix, columnHidden);
                        }
                    }
                }
            }
        }

        foreach (var pane in item.Panes)
        {
            foreach (var child in pane.Items)
            {
                dropped |= Visit(check, child, scope, hidden);
            }
        }

        return dropped;
    }

    private static bool ApplyFieldRules(RecordCheck check, FieldDefinition field, JsonObject target, FormulaScope scope, string? rowPrefix, bool hidden)
    {
        // A person never writes hidden or read-only fields, so nothing is asked of them there.
        if (!field.IsInput || (check.IsClient && (field.Hidden || field.ReadOnly)))
        {
            return false;
        }

        // Visibility and read-only rules describe what a person may enter; workflows write what they must.
        var path = RecordCheck.PathOf(rowPrefix, field.Key);
        if (check.IsClient && hidden)
        {
            // Hidden means empty, not failed: a formula over it (a total of optional amounts) still computes. What
            // was wrong with the value sent no longer matters either, and the person could not see it to fix it.
            // A subform stays "failed": an absent subform reads as null, so lines.amount would throw, not read empty.
            if (field.Type == FieldType.Subform)
            {
                check.Fail(path);
            }
            else
            {
                check.Forget(path);
            }

            check.Sink.Discard(path);
            return target.Remove(field.Key);
        }

        if (check.IsClient && field.ReadOnlyWhen is { } readOnly && Holds(readOnly, scope, fallback: false))
        {
            var removed = target.Remove(field.Key);
            if (field.DefaultValue is { } defaultValue)
            {
                target[field.Key] = defaultValue.DeepClone();
            }

            return removed;
        }

        var required = field.Required || (field.RequiredWhen is { } rule && Holds(rule, scope, fallback: false));
        var empty = target[field.Key] is null || target[field.Key] is JsonArray { Count: 0 };
        if (required && !hidden && empty && !check.WasReported(path))
        {
            var sink = check.Sink;
            sink.Add(path, FieldErrorCodes.Required, field.Label.Resolve(sink.Culture), ValidationText.Required(sink.Chinese));
            check.Fail(path);
        }
        else if (field.MinRows > 0 && !hidden && empty && !check.WasReported(path))
        {
            // "At least one row" means at least one row, also when no rows were sent at all.
            var sink = check.Sink;
            sink.Add(path, FieldErrorCodes.MinRows, field.Label.Resolve(sink.Culture), ValidationText.MinRows(sink.Chinese, field.MinRows.Value));
            check.Fail(path);
        }

        return false;
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
            foreach (var column in subform.SubFields)
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

        if (field.OptionsDependOn is { } parentKey && field.Options.Count > 0)
        {
            var parent = (rowPrefix is not null && target.ContainsKey(parentKey) ? target : check.Data)[parentKey];
            foreach (var chosen in value is JsonArray many ? many.Select(v => v!.GetValue<string>()) : [value.GetValue<string>()])
            {
                if (field.OptionIndex.TryGetValue(chosen, out var index) && !Offered(field.Options[index], parent))
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

    private static bool Offered(FieldOption option, JsonNode? parent)
    {
        if (option.When is not { } when)
        {
            return true;
        }

        return parent switch
        {
            null => false,
            JsonArray values => values.Any(v => v is not null && when.Contains(ScalarText(v))),
            _ => when.Contains(ScalarText(parent)),
        };
    }

    private static string ScalarText(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    private static bool Holds(FieldFormula rule, FormulaScope scope, bool fallback)
    {
        var value = FormulaFields.Evaluate(rule, scope, out var error);
        return error is null ? FormulaFields.IsTrue(value) : fallback;
    }

    // The author's message is the whole text: it already says what is wrong, so no label is put before it.
    private static void AddMessage(RecordCheck check, string path, string code, LocalizedText message) =>
        check.Sink.AddMessage(path, code, message.Resolve(check.Sink.Culture));
}
