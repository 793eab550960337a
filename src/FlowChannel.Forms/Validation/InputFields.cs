using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Takes the values a write may set from its input, for the form's fields or one subform row's columns: each checked
/// and normalized by its type, fixed defaults filled in for missing ones. Formulas, rules and checks come later.
/// </summary>
internal static class InputFields
{
    /// <param name="check">The validation under way.</param>
    /// <param name="fields">The form's fields, or a subform's columns.</param>
    /// <param name="input">What was sent for them.</param>
    /// <param name="inRow">Whether these are a row's columns; the row is the error sink's current row then.</param>
    /// <returns>The normalized values, with an empty slot for each formula in its place (the formulas fill them).</returns>
    internal static JsonObject Take(RecordCheck check, FieldDefinition[] fields, JsonObject? input, bool inRow)
    {
        // A row's path (lines[2].) is spelled out only when something in it needs naming.
        string? RowPrefix() => inRow ? check.Sink.Prefix : null;
        var firstError = check.Sink.Count;
        var keysTaken = 0;

        // Collected first and made into an object in one go: a JSON object grown one key at a time reallocates its
        // table as it grows, and a record has thousands of values across its rows.
        var taken = check.RentValueList();
        List<FieldDefinition>? deferred = null;
        foreach (var field in fields)
        {
            // Hidden and read-only values belong to workflows, never to the person typing. Their defaults are not
            // written here either: on an update that would reset a value a workflow had set. Formula values are
            // always recomputed: no client or workflow value for one is ever kept.
            if (field.Formula is not null)
            {
                taken.Add(new(field.Key, null));
                continue;
            }

            if (!field.HasValue || (check.IsClient && (field.Hidden || field.ReadOnly || field.Type == FieldType.Serial)))
            {
                continue;
            }

            JsonNode? value = null;
            if (input is not null && input.TryGetPropertyValue(field.Key, out value))
            {
                keysTaken++;
            }
            else
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    taken.Add(new(field.Key, defaultValue.DeepClone()));
                    continue;
                }

                if (field.DefaultFormula is not null)
                {
                    // Computed once every value is in, so a default may read fields below it too.
                    (deferred ??= []).Add(field);
                    continue;
                }
            }

            var given = value is null ? default : new InputValue(value);
            if (value is null || given.IsEmpty)
            {
                // Formulas over a missing required value are skipped: the person already sees what to fill in.
                if (field.Required)
                {
                    check.Missing(RecordCheck.PathOf(RowPrefix(), field.Key));
                }

                continue;
            }

            var normalized = field.Type == FieldType.Subform
                ? SubformValues.Normalize(check, field, value)
                : FieldValueChecker.Normalize(field, given, check.Sink, check.References);
            if (normalized is not null)
            {
                taken.Add(new(field.Key, normalized));
            }
            else
            {
                check.Fail(RecordCheck.PathOf(RowPrefix(), field.Key));
            }
        }

        var output = new JsonObject(taken);
        check.ReturnValueList(taken);
        foreach (var field in deferred ?? [])
        {
            check.DeferredDefaults.Add((field, output, RowPrefix()));
        }

        // Every key sent was a field taken (the usual case): none can be unknown, and the keys need no second look.
        if (input is not null && keysTaken < input.Count)
        {
            ReportUnknownKeys(check, fields, input, inRow, firstError);
        }

        return output;
    }

    // Known keys that this write may not set (hidden, read-only, display-only) are dropped silently, not reported:
    // the UI legitimately sends back what it displayed. Unknown keys are listed before the fields' own errors.
    private static void ReportUnknownKeys(RecordCheck check, FieldDefinition[] fields, JsonObject input, bool inRow, int firstError)
    {
        var unknownFrom = check.Sink.Count;
        var columns = !inRow || fields[0].SubformKey is not { } subform ? null : check.Schema.FindField(subform)!.SubFieldIndex;
        foreach (var (key, _) in input)
        {
            var known = columns is null ? check.Schema.FindField(key) is not null : columns.ContainsKey(key);
            if (!known)
            {
                check.Sink.Add(key, FieldErrorCodes.UnknownField, key, ValidationText.UnknownField(check.Sink.Chinese));
            }
        }

        check.Sink.MoveRecent(unknownFrom, firstError);
    }
}
