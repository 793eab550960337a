using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Application.Packs.Install;

/// <summary>Parses a JSON file of a pack, reporting a syntax error with its line.</summary>
internal static class PackJson
{
    public static JsonNode? Parse(PackFile file, List<PackError> errors)
    {
        try
        {
            return JsonNode.Parse(file.Content) ?? throw new JsonException("The file holds only null.");
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $" (line {n + 1})" : "";
            errors.Add(new PackError(file.Path, "", $"Not valid JSON{line}: {e.Message}"));
            return null;
        }
    }

    /// <summary>Appends a token to an RFC 6901 pointer.</summary>
    public static string Append(string pointer, string token) =>
        pointer + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
