using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Server-side validation of a record against the exact schema version it is written with. Runs on every write,
/// so it allocates little: messages are only built for failures and patterns and formulas are compiled once per schema.
/// </summary>
public static class RecordValidator
{
    /// <param name="schema">The schema version the record is written with.</param>
    /// <param name="input">The record as sent; null counts as an empty object.</param>
    /// <param name="mode">Whether hidden and read-only fields may be written, and whether rules apply.</param>
    /// <param name="culture">The reader's culture for messages (Chinese or English); the current UI culture if null.</param>
    public static RecordValidationResult Validate(
        FormSchema schema,
        JsonObject? input,
        RecordWriteMode mode = RecordWriteMode.Client,
        CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var check = new RecordCheck(schema, mode, new ErrorSink(culture ?? CultureInfo.CurrentUICulture));
        check.Data = InputFields.Take(check, schema.FieldArray, input, inRow: false);
        RuleChecks.ApplyDefaults(check);
        FormulaFields.Compute(check);
        VisibilityRules.Apply(check);
        RuleChecks.CheckValues(check);
        RuleChecks.CheckSubmit(check);

        // A reference in a value the rules took away is not stored, so it is not the server's to check either.
        var references = check.Withdrawn.Count == 0 ? check.References
            : check.References.FindAll(r => !ErrorSink.IsUnder(r.Path, check.Withdrawn));
        return new RecordValidationResult(check.Sink.Errors, check.Data, references, check.UniqueValues, check.SourcedChoices);
    }
}
