namespace FlowChannel.Forms.Schema;

/// <summary>Which field properties mean something for which field type: the parser's own table, for editors to offer only those.</summary>
public static class FieldPropertyRules
{
    /// <summary>Whether <paramref name="property"/> (a JSON name such as <c>maxLength</c>) applies to <paramref name="type"/>.</summary>
    public static bool AppliesTo(string property, FieldType type) => FieldProperties.AppliesTo(property, type);

    /// <summary>Whether an item of this type must have a label.</summary>
    public static bool NeedsLabel(FieldType type) => !FieldProperties.LabelOptional(type);
}
