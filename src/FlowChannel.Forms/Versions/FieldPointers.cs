using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Versions;

/// <summary>
/// Where each field of a parsed schema was written: <see cref="FormSchema.Fields"/> is flat, but a field inside a
/// tab sits at <c>/fields/0/tabs/1/fields/2</c> in the file, and a designer needs that place.
/// </summary>
internal static class FieldPointers
{
    /// <summary>Pointers of the fields under <paramref name="roots"/> (written at <paramref name="pointer"/>), panes included.</summary>
    internal static Dictionary<FieldDefinition, string> Map(IReadOnlyList<FieldDefinition> roots, string pointer)
    {
        var map = new Dictionary<FieldDefinition, string>(ReferenceEqualityComparer.Instance);
        Walk(roots, pointer, map);
        return map;
    }

    /// <summary>The items of a list that may hold pane contents besides the items written at its top.</summary>
    internal static List<FieldDefinition> TopLevel(IReadOnlyList<FieldDefinition> items)
    {
        var nested = new HashSet<FieldDefinition>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            Collect(item, nested);
        }
        return [.. items.Where(f => !nested.Contains(f))];
    }

    private static void Walk(IReadOnlyList<FieldDefinition> items, string pointer, Dictionary<FieldDefinition, string> map)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var at = JsonPointer.Append(pointer, i);
            map.TryAdd(item, at);
            var panes = JsonPointer.Append(at, item.Type == FieldType.Tabs ? "tabs" : "columns");
            for (var p = 0; p < item.Panes.Count; p++)
            {
                Walk(item.Panes[p].Items, JsonPointer.Append(JsonPointer.Append(panes, p), "fields"), map);
            }
        }
    }

    private static void Collect(FieldDefinition item, HashSet<FieldDefinition> nested)
    {
        foreach (var child in item.Panes.SelectMany(p => p.Items))
        {
            if (nested.Add(child))
            {
                Collect(child, nested);
            }
        }
    }
}
