using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Server-side validation of a record against the exact schema version it is written with. Runs on every write,
/// so it allocates little: messages are only built for failures and patterns are compiled once per schema.
/// </summary>
public static class RecordValidator
{
    /// <param name="schema">The schema version the record is written with.</param>
    /// <param name="input">The record as sent; null counts as an empty object.</param>
    /// <param name="mode">Whether hidden and read-only fields may be written.</param>
    /// <param name="culture">The reader's culture for messages (Chinese or English); the current UI culture if null.</param>
    public static RecordValidationResult Validate(
        FormSchema schema,
        JsonObject? input,
        RecordWriteMode mode = RecordWriteMode.Client,
        CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var sink = new ErrorSink(culture ?? CultureInfo.CurrentUICulture);
        var data = new JsonObject();
        if (input is not null)
        {
            ReportUnknownKeys(schema, input, sink);
        }

        HashSet<string>? failedKeys = null;
        foreach (var field in schema.FieldArray)
        {
            // Hidden and read-only values belong to workflows, never to the person typing. Their defaults are not
            // written here either: on an update that would reset a value a workflow had set. Formula values are
            // always recomputed below: no client or workflow value for one is ever kept.
            if (!field.HasValue || field.Type == FieldType.Formula
                || (mode == RecordWriteMode.Client && (field.Hidden || field.ReadOnly || field.Type == FieldType.Serial)))
            {
                continue;
            }

            JsonNode? value = null;
            if ((input is null || !input.TryGetPropertyValue(field.Key, out value)) && field.DefaultValue is { } defaultValue)
            {
                data.Add(field.Key, defaultValue.DeepClone());
                continue;
            }

            var given = value is null ? default : new InputValue(value);
            if (value is null || given.IsEmpty)
            {
                if (field.Required)
                {
                    sink.Add(field, field.Key, FieldErrorCodes.Required, ValidationText.Required(sink.Chinese));
                    // Formulas over a missing required value are skipped: the person already sees what to fill in.
                    (failedKeys ??= new(StringComparer.Ordinal)).Add(field.Key);
                }

                continue;
            }

            if (FieldValueChecker.Normalize(field, given, sink) is { } normalized)
            {
                data.Add(field.Key, normalized);
            }
            else
            {
                (failedKeys ??= new(StringComparer.Ordinal)).Add(field.Key);
            }
        }

        FormulaFields.Compute(schema.FormulaOrderArray, data, failedKeys, sink);

        return new RecordValidationResult(sink.Errors, data);
    }

    // Known keys that this write may not set (hidden, read-only, display-only) are dropped silently, not reported:
    // the UI legitimately sends back what it displayed.
    private static void ReportUnknownKeys(FormSchema schema, JsonObject input, ErrorSink sink)
    {
        foreach (var (key, _) in input)
        {
            if (schema.FindField(key) is null)
            {
                sink.Add(key, FieldErrorCodes.UnknownField, key, ValidationText.UnknownField(sink.Chinese));
            }
        }
    }
}
