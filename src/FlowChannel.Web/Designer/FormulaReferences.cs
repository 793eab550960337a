using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Designer;

/// <summary>What a formula at a given item may read: the form's value fields, each subform's columns, and inside a
/// subform the current row's columns. The same reach the parser checks, offered as a list to pick from.</summary>
public static class FormulaReferences
{
    public static IReadOnlyList<FormulaReference> For(JsonObject root, string? item, string culture)
    {
        var references = new List<FormulaReference>();
        foreach (var pointer in SchemaItems.InOrder(root).Where(p => SchemaItems.SubformOwning(root, p) is null))
        {
            var node = SchemaPointer.Resolve(root, pointer) as JsonObject;
            if (SchemaItems.TypeOf(node) is not { } type || !Palette.HoldsValue(type) || SchemaItems.KeyOf(node) is not { } key)
            {
                continue;
            }
            references.Add(new(key, Label(node!, culture, key), FieldTypeNames.Of(type)));
            if (type == FieldType.Subform)
            {
                foreach (var column in Columns(node!))
                {
                    references.Add(new($"{key}.{column.Key}", $"{Label(node!, culture, key)} · {column.Label}", column.Type));
                }
            }
        }
        if (item is not null && SchemaItems.SubformOwning(root, item) is { } subform)
        {
            foreach (var column in Columns((JsonObject)SchemaPointer.Resolve(root, subform)!))
            {
                references.Insert(0, new($"row.{column.Key}", column.Label, column.Type));
            }
        }
        return references;

        IEnumerable<(string Key, string Label, string Type)> Columns(JsonObject subformNode) =>
            (subformNode["fields"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(c => SchemaItems.KeyOf(c) is not null && SchemaItems.TypeOf(c) is not null)
                .Select(c => (SchemaItems.KeyOf(c)!, Label(c, culture, SchemaItems.KeyOf(c)!), FieldTypeNames.Of(SchemaItems.TypeOf(c)!.Value)));
    }

    private static string Label(JsonObject node, string culture, string fallback) =>
        PropertyEditor.Text(node, "label", culture) ?? PropertyEditor.Text(node, "label", "en") ?? fallback;
}
