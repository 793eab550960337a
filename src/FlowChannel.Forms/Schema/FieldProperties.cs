namespace FlowChannel.Forms.Schema;

/// <summary>The field properties the parser understands, and which field types each one means something for.</summary>
internal static class FieldProperties
{
    internal static readonly HashSet<string> Known =
    [
        "key", "type", "label", "placeholder", "help", "required", "hidden", "readOnly",
        "minLength", "maxLength", "pattern", "patternMessage", "min", "max", "precision",
        "unit", "currency", "options", "maxItems", "defaultValue", "level", "detail", "format",
        "formula", "resultType",
    ];

    // A constraint on a type that ignores it ("min" on a text field) would be silently dead, so it is an error.
    internal static bool AppliesTo(string property, FieldType type) => property switch
    {
        // Serial numbers and formulas are always set by the server: nothing a person sets applies to them.
        "required" or "readOnly" or "defaultValue" or "placeholder" =>
            type is not (FieldType.Section or FieldType.Description or FieldType.Serial or FieldType.Formula),
        "minLength" or "maxLength" or "pattern" or "patternMessage" => IsText(type),
        "min" => IsNumeric(type),
        "precision" => IsNumeric(type) || type == FieldType.Formula,
        "max" => IsNumeric(type) || type == FieldType.Rating,
        "unit" => type is FieldType.Number or FieldType.Money,
        "currency" => type == FieldType.Money,
        "options" => type is FieldType.Radio or FieldType.Select or FieldType.Checkbox or FieldType.MultiSelect,
        "maxItems" => type is FieldType.Checkbox or FieldType.MultiSelect or FieldType.Attachment,
        "level" or "detail" => type == FieldType.Address,
        "format" => type == FieldType.Serial,
        "formula" or "resultType" => type == FieldType.Formula,
        _ => true,
    };

    private static bool IsText(FieldType type) =>
        type is FieldType.Text or FieldType.Textarea or FieldType.Email or FieldType.Phone;

    private static bool IsNumeric(FieldType type) =>
        type is FieldType.Number or FieldType.Money or FieldType.Percent;
}
