using System.Text.Json.Nodes;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>Reading and writing the parts of Elsa JSON the designer edits: ids, types, names, positions, connections.</summary>
public static class FlowJson
{
    /// <summary>The root flowchart's activity and connection arrays, created when missing.</summary>
    public static (JsonArray Activities, JsonArray Connections) Flowchart(JsonObject definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition["root"] is not JsonObject chart)
        {
            chart = new JsonObject { ["id"] = "flowchart", ["type"] = "Elsa.Flowchart", ["version"] = 1 };
            definition["root"] = chart;
        }
        if (chart["activities"] is not JsonArray activities)
        {
            activities = [];
            chart["activities"] = activities;
        }
        if (chart["connections"] is not JsonArray connections)
        {
            connections = [];
            chart["connections"] = connections;
        }
        return (activities, connections);
    }

    /// <summary>
    /// Brings connections to Elsa's current shape (<c>source: { activity, port }</c>): legacy flat ones and the
    /// <c>$values</c> wrapper are still read by Elsa, but the designer edits one shape only.
    /// </summary>
    public static JsonObject Normalize(JsonObject definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition["root"] is JsonObject chart && chart["connections"] is JsonObject { } wrapper && wrapper["$values"] is JsonArray values)
        {
            chart["connections"] = values.DeepClone();
        }
        var (_, connections) = Flowchart(definition);
        for (var i = 0; i < connections.Count; i++)
        {
            if (connections[i] is JsonObject c && c["source"] is JsonValue source)
            {
                connections[i] = Connection(source.ToString(), c["sourcePort"]?.ToString() ?? "Done", c["target"]?.ToString() ?? "", c["targetPort"]?.ToString() ?? "In");
            }
        }
        return definition;
    }

    public static JsonObject Connection(string source, string port, string target, string targetPort = "In") => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = targetPort },
        ["vertices"] = new JsonArray(),
    };

    public static string Id(JsonObject activity) => activity["id"]?.ToString() ?? "";

    public static string Type(JsonObject activity) => activity["type"]?.ToString() ?? "";

    /// <summary>What the canvas calls the node: its name, else its display text, else its id.</summary>
    public static string Label(JsonObject activity) =>
        activity["name"]?.ToString() is { Length: > 0 } name ? name
        : activity["metadata"]?["displayText"]?.ToString() is { Length: > 0 } text ? text
        : Id(activity);

    public static (string Source, string Port, string Target) Ends(JsonObject connection) =>
        (connection["source"]?["activity"]?.ToString() ?? "", connection["source"]?["port"]?.ToString() ?? "Done", connection["target"]?["activity"]?.ToString() ?? "");

    /// <summary>The node's top-left corner on the canvas, from <c>metadata.designer.position</c> (0,0 when unset).</summary>
    public static (double X, double Y) Position(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var position = activity["metadata"]?["designer"]?["position"];
        return (Number(position?["x"]), Number(position?["y"]));
    }

    /// <summary>Writes the position where Elsa Studio keeps it, so an export opens laid out the same way.</summary>
    public static void SetPosition(JsonObject activity, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var metadata = Child(activity, "metadata");
        var designer = Child(metadata, "designer");
        designer["position"] = new JsonObject { ["x"] = Math.Round(x), ["y"] = Math.Round(y) };
    }

    public static bool CanStartWorkflow(JsonObject activity) =>
        activity["customProperties"]?["canStartWorkflow"] is JsonValue v && v.TryGetValue<bool>(out var yes) && yes;

    public static JsonObject Child(JsonObject parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent[name] is not JsonObject child)
        {
            child = [];
            parent[name] = child;
        }
        return child;
    }

    private static double Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var d) ? d : 0;
}
