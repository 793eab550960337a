using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Designer;

/// <summary>
/// The canvas operations on a <see cref="FormDocument"/>: add, move, duplicate and remove items. Each is one undo
/// step and answers the pointer of the item afterwards (to select it), or null when the move is not allowed.
/// </summary>
public sealed class FormEditor(FormDocument document)
{
    private static readonly string[] Panes = ["tabs", "columns"];

    public FormDocument Document { get; } = document;

    private JsonObject Root => Document.Root;

    /// <summary>Whether an item of <paramref name="type"/> may go into <paramref name="list"/>.</summary>
    public bool Accepts(string list, FieldType type) =>
        SchemaPointer.Resolve(Root, list) is JsonArray && (SchemaItems.SubformOf(Root, list) is null || Palette.FitsInSubform(type));

    public string? Add(FieldType type, string list, int index)
    {
        if (!Accepts(list, type))
        {
            return null;
        }
        var key = KeyGenerator.FromLabel(null, FieldTypeNames.Of(type), SchemaItems.KeysInSpace(Root, list));
        var item = FieldTemplates.Create(type, key);
        return Insert(list, index, item);
    }

    public string? Move(string item, string list, int index)
    {
        if (SchemaPointer.Resolve(Root, item) is not JsonObject node || SchemaItems.TypeOf(node) is not { } type
            || SchemaPointer.IsWithin(list, item) || !Accepts(list, type))
        {
            return null;
        }
        var (from, at) = SchemaPointer.Split(item);
        string? moved = null;
        Document.Edit(root =>
        {
            var source = (JsonArray)SchemaPointer.Resolve(root, from)!;
            source.RemoveAt(at);
            // Removing the item shifts the pointers after it in the same list, and of lists nested after it.
            var target = Shift(list, from, at);
            var targetIndex = target == from && index > at ? index - 1 : index;
            var array = (JsonArray)SchemaPointer.Resolve(root, target)!;
            targetIndex = Math.Clamp(targetIndex, 0, array.Count);
            array.Insert(targetIndex, node);
            moved = SchemaPointer.Item(target, targetIndex);
        });
        return moved;
    }

    /// <summary>Moves an item one place up or down within its list (the keyboard's Alt+arrows).</summary>
    public string? MoveBy(string item, int delta)
    {
        var (list, index) = SchemaPointer.Split(item);
        var count = (SchemaPointer.Resolve(Root, list) as JsonArray)?.Count ?? 0;
        var target = index + delta;
        if (target < 0 || target >= count)
        {
            return null;
        }
        return Move(item, list, delta > 0 ? target + 1 : target);
    }

    public string? Duplicate(string item)
    {
        if (SchemaPointer.Resolve(Root, item) is not JsonObject node)
        {
            return null;
        }
        var (list, index) = SchemaPointer.Split(item);
        var copy = node.DeepClone().AsObject();
        var taken = SchemaItems.KeysInSpace(Root, list).ToList();
        Rekey(copy, taken, inSubform: SchemaItems.SubformOf(Root, list) is not null);
        return Insert(list, index + 1, copy);
    }

    /// <summary>Removes an item and answers the one to select next (its neighbour, else its container).</summary>
    public string? Remove(string item)
    {
        if (SchemaPointer.Resolve(Root, item) is null)
        {
            return null;
        }
        var (list, index) = SchemaPointer.Split(item);
        Document.Edit(root => ((JsonArray)SchemaPointer.Resolve(root, list)!).RemoveAt(index));
        var count = ((JsonArray)SchemaPointer.Resolve(Root, list)!).Count;
        return count == 0 ? SchemaPointer.ItemOf(list) : SchemaPointer.Item(list, Math.Min(index, count - 1));
    }

    private string Insert(string list, int index, JsonObject item)
    {
        var at = 0;
        Document.Edit(root =>
        {
            var array = (JsonArray)SchemaPointer.Resolve(root, list)!;
            at = Math.Clamp(index, 0, array.Count);
            array.Insert(at, item);
        });
        return SchemaPointer.Item(list, at);
    }

    // A copy needs keys of its own, and so does everything inside a copied tab or column set; a copied subform's
    // columns keep theirs, as they live in the subform's own key space.
    private static void Rekey(JsonObject item, List<string> taken, bool inSubform)
    {
        if (SchemaItems.KeyOf(item) is { } key)
        {
            var stem = key.TrimEnd("0123456789".ToCharArray());
            var fresh = KeyGenerator.FromLabel(stem, key, taken);
            item["key"] = fresh;
            taken.Add(fresh);
        }
        if (inSubform || SchemaItems.TypeOf(item) == FieldType.Subform)
        {
            return;
        }
        foreach (var pane in Panes.Select(n => item[n]).OfType<JsonArray>().SelectMany(a => a).OfType<JsonObject>())
        {
            foreach (var child in (pane["fields"] as JsonArray ?? []).OfType<JsonObject>())
            {
                Rekey(child, taken, inSubform: false);
            }
        }
    }

    private static string Shift(string list, string from, int removed)
    {
        var prefix = from + "/";
        if (!list.StartsWith(prefix, StringComparison.Ordinal))
        {
            return list;
        }
        var rest = list[prefix.Length..];
        var cut = rest.IndexOf('/', StringComparison.Ordinal);
        var index = int.Parse(cut < 0 ? rest : rest[..cut], System.Globalization.CultureInfo.InvariantCulture);
        return index > removed ? $"{prefix}{index - 1}{(cut < 0 ? "" : rest[cut..])}" : list;
    }
}
