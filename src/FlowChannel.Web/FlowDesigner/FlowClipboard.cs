using System.Text.Json.Nodes;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// Copy and paste of nodes with the connections among them. The copy is JSON text, so it could go through the
/// system clipboard between tabs; pasted nodes get fresh ids and names and land offset from the originals.
/// </summary>
public sealed class FlowClipboard(FlowDocument document, FlowEditor editor)
{
    public const double PasteOffset = 40;

    public string? Content { get; private set; }

    /// <summary>Copies the nodes and the connections between them; false when none of the ids is a node.</summary>
    public bool Copy(IReadOnlyCollection<string> ids)
    {
        var nodes = document.Activities.OfType<JsonObject>().Where(a => ids.Contains(FlowJson.Id(a))).Select(a => a.DeepClone()).ToArray();
        if (nodes.Length == 0)
        {
            return false;
        }
        var links = document.Connections.OfType<JsonObject>()
            .Where(c => FlowJson.Ends(c) is var (s, _, t) && ids.Contains(s) && ids.Contains(t)).Select(c => c.DeepClone()).ToArray();
        Content = new JsonObject { ["activities"] = new JsonArray(nodes), ["connections"] = new JsonArray(links) }.ToJsonString();
        return true;
    }

    /// <summary>Pastes the copy as one undo step; returns the new nodes' ids (empty when there is nothing to paste).</summary>
    public IReadOnlyList<string> Paste()
    {
        if (Content is null || JsonNode.Parse(Content) is not JsonObject copy)
        {
            return [];
        }
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new List<JsonObject>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in copy["activities"]!.AsArray().OfType<JsonObject>())
        {
            var clone = node.DeepClone().AsObject();
            var oldId = FlowJson.Id(clone);
            var type = FlowJson.Type(clone);
            var stem = type[(type.LastIndexOf('.') + 1)..];
            var id = editor.NewId(stem);
            for (var n = 2; taken.Contains(id); n++)
            {
                id = $"{id}_{n}";
            }
            taken.Add(id);
            renamed[oldId] = id;
            clone["id"] = id;
            clone.Remove("nodeId");
            clone["name"] = $"{FlowJson.Label(node)}Copy";
            var (x, y) = FlowJson.Position(clone);
            FlowJson.SetPosition(clone, x + PasteOffset, y + PasteOffset);
            added.Add(clone);
        }
        var links = copy["connections"]!.AsArray().OfType<JsonObject>()
            .Select(FlowJson.Ends).Select(e => FlowJson.Connection(renamed[e.Source], e.Port, renamed[e.Target])).ToList();
        document.Edit(_ =>
        {
            added.ForEach(a => document.Activities.Add(a));
            links.ForEach(c => document.Connections.Add(c));
        });
        return [.. renamed.Values];
    }
}
