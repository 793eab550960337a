using System.Text.Json.Nodes;

namespace FlowChannel.Web.Designer;

/// <summary>
/// JSON pointers into a form schema, the designer's way of naming an item (<c>/fields/2/tabs/0/fields/1</c>) and a
/// list that holds items (<c>/fields/2/tabs/0/fields</c>): the same pointers the parser reports errors at.
/// </summary>
public static class SchemaPointer
{
    public const string Root = "/fields";

    /// <summary>The node at <paramref name="path"/>, or null when nothing is there.</summary>
    public static JsonNode? Resolve(JsonNode root, string path)
    {
        var node = (JsonNode?)root;
        foreach (var segment in Segments(path))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray array when int.TryParse(segment, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    /// <summary>The list an item sits in and its place there: <c>/fields/2/fields/1</c> → (<c>/fields/2/fields</c>, 1).</summary>
    public static (string List, int Index) Split(string item)
    {
        var cut = item.LastIndexOf('/');
        return (item[..cut], int.Parse(item[(cut + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static string Item(string list, int index) => $"{list}/{index}";

    /// <summary>The item (field or layout item) a pointer lies in: <c>/fields/3/validations/0/formula</c> → <c>/fields/3</c>.</summary>
    public static string? ItemOf(string path)
    {
        var segments = Segments(path).ToList();
        string? found = null;
        for (var i = 0; i + 1 < segments.Count; i++)
        {
            if (segments[i] == "fields" && int.TryParse(segments[i + 1], out _))
            {
                found = "/" + string.Join('/', segments.Take(i + 2));
            }
        }
        return found;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path == ancestor || path.StartsWith(ancestor + "/", StringComparison.Ordinal);

    private static IEnumerable<string> Segments(string path) =>
        path.Length == 0 ? [] : path[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
