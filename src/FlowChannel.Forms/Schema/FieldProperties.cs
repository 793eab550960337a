namespace FlowChannel.Forms.Schema;

/// <summary>The field properties the parser understands, and which field types each one means something for.</summary>
internal static class FieldProperties
{
    internal static readonly HashSet<string> Known =
    [
        "key", "type", "label", "placeholder", "help", "required", "hidden", "readOnly",
        "minLength", "maxLength", "pattern", "patternMessage", "min", "max", "precision",
        "unit", "currency", "options", "maxItems", "defaultValue", "level", "detail", "format",
        "formula", "resultType", "accept", "maxSize", "unique", "visibleWhen", "requiredWhen", "readOnlyWhen",
        "validations", "defaultFormula", "defaultLink", "optionsFrom", "optionsDependOn", "link", "related",
        "fields", "minRows", "maxRows", "defaultRows", "tabs", "columns", "width",
    ];

    // A constraint on a type that ignores it ("min" on a text field) would be silently dead, so it is an error.
    internal static bool AppliesTo(string property, FieldType type) => property switch
    {
        // Serial numbers and formulas are always set by the server: nothing a person sets applies to them.
        "required" or "readOnly" or "placeholder" or "requiredWhen" or "readOnlyWhen" or "validations" => IsInput(type),
        "defaultValue" => IsInput(type) && !HasServerCheckedValue(type) && type != FieldType.Subform,
        "defaultFormula" or "defaultLink" => IsScalar(type),
        "minLength" or "maxLength" or "pattern" or "patternMessage" => IsText(type),
        "min" => IsNumeric(type),
        "precision" => IsNumeric(type) || type == FieldType.Formula,
        "max" => IsNumeric(type) || type == FieldType.Rating,
        "unit" => type is FieldType.Number or FieldType.Money,
        "currency" => type == FieldType.Money,
        "options" or "optionsFrom" or "optionsDependOn" => IsChoice(type),
        "maxItems" => type is FieldType.Checkbox or FieldType.MultiSelect or FieldType.Attachment or FieldType.Image
            or FieldType.Members or FieldType.Departments,
        "accept" or "maxSize" => type is FieldType.Attachment or FieldType.Image,
        "unique" => IsText(type) || IsNumeric(type) || type is FieldType.Url or FieldType.Date or FieldType.Link or FieldType.Member,
        "level" or "detail" => type == FieldType.Address,
        "format" => type == FieldType.Serial,
        "formula" or "resultType" => type == FieldType.Formula,
        "link" => type == FieldType.Link,
        "related" => type == FieldType.Related,
        "fields" or "minRows" or "maxRows" or "defaultRows" => type == FieldType.Subform,
        "tabs" => type == FieldType.Tabs,
        "columns" => type == FieldType.Columns,
        _ => true,
    };

    /// <summary>Types whose label may be left out: they show no caption of their own.</summary>
    internal static bool LabelOptional(FieldType type) => type is FieldType.Divider or FieldType.Columns or FieldType.Tabs;

    private static bool IsInput(FieldType type) =>
        type is not (FieldType.Section or FieldType.Description or FieldType.Divider or FieldType.Tabs or FieldType.Columns
            or FieldType.Related or FieldType.Serial or FieldType.Formula);

    // Their values point at users, departments, records or files, which only the server can check.
    private static bool HasServerCheckedValue(FieldType type) =>
        type is FieldType.Member or FieldType.Members or FieldType.Department or FieldType.Departments or FieldType.Link
            or FieldType.Attachment or FieldType.Image or FieldType.Signature;

    private static bool IsScalar(FieldType type) =>
        IsText(type) || IsNumeric(type) || type is FieldType.Url or FieldType.Date or FieldType.DateTime or FieldType.Time
            or FieldType.Radio or FieldType.Select or FieldType.Switch or FieldType.Rating;

    private static bool IsChoice(FieldType type) =>
        type is FieldType.Radio or FieldType.Select or FieldType.Checkbox or FieldType.MultiSelect;

    private static bool IsText(FieldType type) =>
        type is FieldType.Text or FieldType.Textarea or FieldType.Email or FieldType.Phone;

    private static bool IsNumeric(FieldType type) =>
        type is FieldType.Number or FieldType.Money or FieldType.Percent;
}
