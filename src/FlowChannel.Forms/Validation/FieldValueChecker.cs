using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>Checks one non-empty value against its field and returns it normalized; shared by records and schema defaults.</summary>
internal static class FieldValueChecker
{
    /// <summary>The normalized value, or null when it failed (the reasons are in <paramref name="sink"/>).</summary>
    /// <param name="field">The field the value is for.</param>
    /// <param name="value">A non-empty value.</param>
    /// <param name="sink">Collects the reasons a value fails.</param>
    /// <param name="references">Receives the ids that only the server can check (users, departments, records).</param>
    internal static JsonNode? Normalize(FieldDefinition field, InputValue value, ErrorSink sink, List<RecordReference>? references = null) => field.Type switch
    {
        FieldType.Text or FieldType.Textarea or FieldType.Email or FieldType.Phone or FieldType.Serial or FieldType.Url =>
            TextValues.Normalize(field, value, sink),
        FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Rating => NumberValues.Normalize(field, value, sink),
        FieldType.Date or FieldType.DateTime or FieldType.Time => DateValues.Normalize(field, value, sink),
        FieldType.Radio or FieldType.Select => ChoiceValues.Single(field, value, sink),
        FieldType.Checkbox or FieldType.MultiSelect => ChoiceValues.Multiple(field, value, sink),
        FieldType.Switch => Switch(field, value.Node, sink),
        FieldType.Attachment or FieldType.Image or FieldType.Signature => AttachmentValues.Normalize(field, value.Node, sink),
        FieldType.Location => LocationValues.Normalize(field, value.Node, sink),
        FieldType.Member or FieldType.Members or FieldType.Department or FieldType.Departments or FieldType.Link =>
            ReferenceValues.Normalize(field, value, sink, references ?? []),
        FieldType.Address => AddressValues.Normalize(field, value.Node, sink),
        _ => null,
    };

    private static JsonValue? Switch(FieldDefinition field, JsonNode value, ErrorSink sink)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            default:
                sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
                return null;
        }
    }
}
