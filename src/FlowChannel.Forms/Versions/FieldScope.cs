using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Versions;

/// <summary>
/// One key space to compare: the form's own fields (tab and column contents included), or one subform's columns.
/// <see cref="Prefix"/> names a subform column in messages and, for a removed one, in the path (<c>lines.quantity</c>).
/// </summary>
internal sealed class FieldScope(IReadOnlyList<FieldDefinition> fields, Dictionary<FieldDefinition, string> pointers, string prefix)
{
    private readonly Dictionary<string, FieldDefinition> _byKey = ByKey(fields);

    internal IReadOnlyList<FieldDefinition> Fields => fields;

    internal string Prefix => prefix;

    internal static FieldScope Of(FormSchema schema) =>
        new(schema.Fields, FieldPointers.Map(schema.Layout, "/fields"), string.Empty);

    internal static FieldScope OfSubform(FieldDefinition subform, string pointer) =>
        new(subform.SubFields, FieldPointers.Map(FieldPointers.TopLevel(subform.SubFields), JsonPointer.Append(pointer, "fields")), subform.Key + ".");

    internal FieldDefinition? Find(string key) => _byKey.GetValueOrDefault(key);

    internal string PointerOf(FieldDefinition field) => pointers.GetValueOrDefault(field) ?? prefix + field.Key;

    private static Dictionary<string, FieldDefinition> ByKey(IReadOnlyList<FieldDefinition> fields)
    {
        var byKey = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.Key.Length > 0))
        {
            byKey.TryAdd(field.Key, field);
        }
        return byKey;
    }
}
