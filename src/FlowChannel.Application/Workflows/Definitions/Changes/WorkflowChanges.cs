using System.Text.Json.Nodes;

namespace FlowChannel.Application.Workflows.Definitions.Changes;

/// <summary>
/// Compares two versions of an Elsa workflow definition as a reviewer reads them: activities by id, connections by
/// (node, outcome, node), variables by name, and the definition's own properties. Works on the JSON, so versions
/// that no longer read under today's activity catalogue still compare.
/// </summary>
public static class WorkflowChanges
{
    // Members that say which version this is, or where things are: they differ between any two versions.
    private static readonly string[] Bookkeeping = ["$schema", "id", "definitionId", "version", "isPublished", "isLatest", "createdAt", "toolVersion", "root", "variables"];
    private static readonly string[] VariableIdentity = ["id", "name"];

    public static WorkflowChangeList Compare(string definitionId, int version, int? against, JsonObject? older, JsonObject newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        older ??= [];
        var layout = false;
        var activities = ActivityChanges.Compare(Activities(older), Activities(newer), ref layout);
        var connections = Connections(older, newer, ref layout);
        var variables = Variables(older, newer);
        var properties = ChangeValues.Differences(older, newer, ignored: Bookkeeping);
        return new(definitionId, version, against, activities, connections, variables, properties, layout);
    }

    private static Dictionary<string, JsonObject> Activities(JsonObject definition)
    {
        var index = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var activity in Items(definition["root"]?["activities"]).OfType<JsonObject>())
        {
            index.TryAdd(ChangeValues.Text(activity["id"]) ?? "", activity);
        }
        return index;
    }

    private static List<ConnectionChange> Connections(JsonObject older, JsonObject newer, ref bool layoutChanged)
    {
        var before = Ends(older);
        var after = Ends(newer);
        var oldNames = Activities(older);
        var newNames = Activities(newer);
        string NameOf(string id) => newNames.TryGetValue(id, out var a) || oldNames.TryGetValue(id, out a) ? ActivityChanges.Label(a) : id;
        ConnectionChange Change(WorkflowChangeKind kind, (string Source, string Port, string Target) c) =>
            new(kind, c.Source, NameOf(c.Source), c.Port, c.Target, NameOf(c.Target));

        // A kept connection whose bends moved is layout, like a moved node.
        layoutChanged |= before.Any(b => after.TryGetValue(b.Key, out var a) && !ChangeValues.Same(b.Value, a));
        return [.. after.Keys.Where(k => !before.ContainsKey(k)).Select(k => Change(WorkflowChangeKind.Added, k)),
            .. before.Keys.Where(k => !after.ContainsKey(k)).Select(k => Change(WorkflowChangeKind.Removed, k))];
    }

    // Both of Elsa's connection shapes: { source: { activity, port } } and the legacy flat one; the value is the bends.
    private static Dictionary<(string, string, string), JsonNode?> Ends(JsonObject definition)
    {
        var ends = new Dictionary<(string, string, string), JsonNode?>();
        foreach (var c in Items(definition["root"]?["connections"]).OfType<JsonObject>())
        {
            var key = c["source"] is JsonObject source
                ? (ChangeValues.Text(source["activity"]) ?? "", ChangeValues.Text(source["port"]) ?? "Done", ChangeValues.Text(c["target"]?["activity"]) ?? "")
                : (ChangeValues.Text(c["source"]) ?? "", ChangeValues.Text(c["sourcePort"]) ?? "Done", ChangeValues.Text(c["target"]) ?? "");
            ends.TryAdd(key, c["vertices"] ?? new JsonArray());
        }
        return ends;
    }

    // Elsa keeps variables on the definition and on the flowchart root; a reviewer sees one list.
    private static List<VariableChange> Variables(JsonObject older, JsonObject newer)
    {
        var before = VariableIndex(older);
        var after = VariableIndex(newer);
        var changes = new List<VariableChange>();
        foreach (var (name, variable) in after)
        {
            if (!before.TryGetValue(name, out var old))
            {
                changes.Add(new(name, WorkflowChangeKind.Added, []));
            }
            else if (ChangeValues.Differences(old, variable, ignored: VariableIdentity) is { Count: > 0 } differing)
            {
                changes.Add(new(name, WorkflowChangeKind.Changed, differing));
            }
        }
        changes.AddRange(before.Keys.Where(k => !after.ContainsKey(k)).Select(k => new VariableChange(k, WorkflowChangeKind.Removed, [])));
        return changes;
    }

    private static Dictionary<string, JsonObject> VariableIndex(JsonObject definition)
    {
        var index = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var variable in Items(definition["variables"]).Concat(Items(definition["root"]?["variables"])).OfType<JsonObject>())
        {
            if ((ChangeValues.Text(variable["name"]) ?? ChangeValues.Text(variable["id"])) is { Length: > 0 } name)
            {
                index.TryAdd(name, variable);
            }
        }
        return index;
    }

    private static JsonArray Items(JsonNode? node) => node switch
    {
        JsonArray array => array,
        JsonObject wrapper when wrapper["$values"] is JsonArray values => values,
        _ => [],
    };
}
