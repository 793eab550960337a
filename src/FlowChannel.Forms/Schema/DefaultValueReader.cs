using FlowChannel.Forms.Validation;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Checks a field's <c>defaultValue</c> with the same rules records are validated with, and stores it normalized,
/// so a default can never put an invalid value into a record.
/// </summary>
internal static class DefaultValueReader
{
    internal static void Apply(FieldDefinition field, JsonNode value, string pointer, SchemaReader reader)
    {
        // An empty default ("" or []) means "no default", not a value that would then fail "required".
        var input = new InputValue(value);
        if (input.IsEmpty)
        {
            return;
        }

        var sink = new ErrorSink(CultureInfo.InvariantCulture);
        var normalized = FieldValueChecker.Normalize(field, input, sink);
        foreach (var error in sink.Errors)
        {
            reader.Error(pointer, $"The default value is invalid: {error.Message}");
        }

        if (sink.Errors.Count == 0)
        {
            field.DefaultValue = normalized;
        }
    }
}
