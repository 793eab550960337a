using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Designer;

/// <summary>Reading the item tree of a schema: lists inside containers, every item in document order, key spaces.</summary>
public static class SchemaItems
{
    /// <summary>The lists an item holds: a subform's columns, each tab's or column's fields.</summary>
    public static IReadOnlyList<string> ChildLists(JsonNode root, string item)
    {
        var node = SchemaPointer.Resolve(root, item) as JsonObject;
        return TypeOf(node) switch
        {
            FieldType.Subform => [item + "/fields"],
            FieldType.Tabs => Panes(node!, item, "tabs"),
            FieldType.Columns => Panes(node!, item, "columns"),
            _ => [],
        };
    }

    /// <summary>Every item pointer, depth first in document order: what the arrow keys walk through.</summary>
    public static IReadOnlyList<string> InOrder(JsonNode root)
    {
        var all = new List<string>();
        Walk(root, SchemaPointer.Root, all);
        return all;
    }

    public static FieldType? TypeOf(JsonNode? item) =>
        item is JsonObject obj && obj["type"] is JsonValue value && value.TryGetValue<string>(out var name) ? FieldTypeNames.Parse(name) : null;

    public static string? KeyOf(JsonNode? item) =>
        item is JsonObject obj && obj["key"] is JsonValue value && value.TryGetValue<string>(out var key) ? key : null;

    /// <summary>The subform item whose columns <paramref name="list"/> is, or null for a list of form fields.</summary>
    public static string? SubformOf(JsonNode root, string list)
    {
        if (!list.EndsWith("/fields", StringComparison.Ordinal) || list == SchemaPointer.Root)
        {
            return null;
        }
        var owner = list[..^"/fields".Length];
        return TypeOf(SchemaPointer.Resolve(root, owner)) == FieldType.Subform ? owner : null;
    }

    /// <summary>The keys sharing a key space with <paramref name="list"/>: the form's fields, or one subform's columns.</summary>
    public static IReadOnlyList<string> KeysInSpace(JsonNode root, string list)
    {
        var keys = new List<string>();
        if (SubformOf(root, list) is { } subform)
        {
            foreach (var column in SchemaPointer.Resolve(root, subform + "/fields") as JsonArray ?? [])
            {
                keys.AddIfKey(KeyOf(column));
            }
            return keys;
        }
        foreach (var item in InOrder(root).Where(p => SubformOwning(root, p) is null))
        {
            keys.AddIfKey(KeyOf(SchemaPointer.Resolve(root, item)));
        }
        return keys;
    }

    /// <summary>The subform an item is a column of, or null.</summary>
    public static string? SubformOwning(JsonNode root, string item) => SubformOf(root, SchemaPointer.Split(item).List);

    private static void AddIfKey(this List<string> keys, string? key)
    {
        if (key is not null)
        {
            keys.Add(key);
        }
    }

    private static void Walk(JsonNode root, string list, List<string> all)
    {
        if (SchemaPointer.Resolve(root, list) is not JsonArray items)
        {
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = SchemaPointer.Item(list, i);
            all.Add(item);
            foreach (var child in ChildLists(root, item))
            {
                Walk(root, child, all);
            }
        }
    }

    private static List<string> Panes(JsonObject node, string item, string name) =>
        node[name] is JsonArray panes ? [.. Enumerable.Range(0, panes.Count).Select(i => $"{item}/{name}/{i}/fields")] : [];
}
