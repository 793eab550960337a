using System.Text.Json.Nodes;

namespace FlowChannel.Forms.Versions;

/// <summary>How one field differs between two versions of a form.</summary>
public enum FieldChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>
/// One field's change: its key (<c>lines.qty</c> for a subform column), its label in the newer version where it has
/// one, and for a changed field the properties that differ (<c>label</c>, <c>required</c>, <c>options</c>).
/// <see cref="Label"/> is the JSON as stored (a string or culture → text), for the reader to resolve.
/// </summary>
public sealed record FieldChange(string Key, FieldChangeKind Kind, JsonNode? Label, IReadOnlyList<string> Properties);

/// <summary>What changed between two versions: fields added, removed or changed, and form-level properties that differ.</summary>
public sealed record SchemaChangeList(IReadOnlyList<FieldChange> Fields, IReadOnlyList<string> FormProperties);

/// <summary>
/// Compares two schema documents field by field, matched by key: what a version history shows as "what changed".
/// Works on the JSON, so it also compares versions that no longer parse under today's rules.
/// </summary>
public static class SchemaChanges
{
    private static readonly string[] Nested = ["fields", "tabs", "columns"];
    private static readonly string[] Panes = ["tabs", "columns"];
    private static readonly string[] FormNested = ["fields", "version"];

    public static SchemaChangeList Compare(JsonObject older, JsonObject newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = Index(older);
        var after = Index(newer);
        var changes = new List<FieldChange>();
        foreach (var (key, field) in after)
        {
            if (!before.TryGetValue(key, out var old))
            {
                changes.Add(new(key, FieldChangeKind.Added, LabelOf(field), []));
                continue;
            }
            var differing = Differences(old, field, Nested);
            if (differing.Count > 0)
            {
                changes.Add(new(key, FieldChangeKind.Changed, LabelOf(field), differing));
            }
        }
        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new FieldChange(b.Key, FieldChangeKind.Removed, LabelOf(b.Value), [])));
        return new(changes, Differences(older, newer, FormNested));
    }

    private static List<string> Differences(JsonObject a, JsonObject b, string[] ignored) =>
        [.. a.Select(p => p.Key).Union(b.Select(p => p.Key)).Where(name => !ignored.Contains(name))
            .Where(name => !JsonNode.DeepEquals(a[name], b[name])).Order(StringComparer.Ordinal)];

    private static JsonNode? LabelOf(JsonObject field) => field["label"]?.DeepClone();

    // Keys are unique in a form ignoring case, wherever the field sits in tabs or columns; a subform's columns are
    // named after it (lines.qty), as formulas name them.
    private static Dictionary<string, JsonObject> Index(JsonObject schema)
    {
        var index = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        Walk(schema["fields"] as JsonArray, null, index);
        return index;
    }

    private static void Walk(JsonArray? items, string? owner, Dictionary<string, JsonObject> index)
    {
        foreach (var item in (items ?? []).OfType<JsonObject>())
        {
            var key = item["key"] is JsonValue k && k.TryGetValue<string>(out var s) ? s : null;
            if (key is not null)
            {
                index.TryAdd(owner is null ? key : $"{owner}.{key}", item);
            }
            var type = item["type"] is JsonValue t && t.TryGetValue<string>(out var name) ? name : null;
            if (type == "subform" && key is not null && owner is null)
            {
                Walk(item["fields"] as JsonArray, key, index);
            }
            foreach (var pane in Panes.Select(n => item[n]).OfType<JsonArray>().SelectMany(a => a).OfType<JsonObject>())
            {
                Walk(pane["fields"] as JsonArray, owner, index);
            }
        }
    }
}
