using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FlowChannel.Application.Records;

/// <summary>Finds the node at a validation path such as <c>owner</c>, <c>reviewers[1]</c> or <c>lines[2].product</c>.</summary>
public static partial class JsonPaths
{
    public static JsonNode? Find(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (Match segment in Segment().Matches(path))
        {
            node = segment.Groups["key"].Success ? (node as JsonObject)?[segment.Groups["key"].Value]
                : node is JsonArray items && int.TryParse(segment.Groups["index"].ValueSpan, out var i) && i < items.Count ? items[i] : null;
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    /// <summary>The subform row a path lies in (<c>lines[2]</c> of <c>lines[2].product</c>), or null for a field of the form.</summary>
    public static JsonObject? Row(JsonObject root, string path)
    {
        var dot = path.IndexOf("].", StringComparison.Ordinal);
        return dot < 0 ? null : Find(root, path[..(dot + 1)]) as JsonObject;
    }

    [GeneratedRegex(@"(?<key>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
