using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Serialization;

/// <summary>
/// Small readers over parsed JSON. Documents are parsed with case-insensitive property names, so
/// <c>obj["definitionId"]</c> also finds <c>DefinitionId</c>.
/// </summary>
internal static class JsonRead
{
    public static JsonNodeOptions NodeOptions { get; } = new() { PropertyNameCaseInsensitive = true };

    public static JsonDocumentOptions DocumentOptions { get; } = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>A string, or a number written where a string is expected; null otherwise.</summary>
    public static string? String(JsonNode? node)
    {
        if (JsonScalars.TryGetString(node, out var text))
        {
            return text;
        }

        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.ToJsonString() : null;
    }

    public static bool? Boolean(JsonNode? node) => JsonScalars.TryGetBoolean(node, out var value)
        ? value
        : String(node) is { } text && bool.TryParse(text, out var parsed) ? parsed : null;

    public static int? Int32(JsonNode? node) => JsonScalars.TryGetDouble(node, out var number) && number == Math.Floor(number)
        && number is >= int.MinValue and <= int.MaxValue
        ? (int)number
        : String(node) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    /// <summary>
    /// The items of an array, also when wrapped as <c>{ "$values": [...] }</c> (older Elsa serialisers), with each
    /// item's pointer; null when <paramref name="node"/> is neither.
    /// </summary>
    public static IEnumerable<(JsonNode? Item, string Pointer)>? Items(JsonNode? node, string pointer)
    {
        if (node is JsonObject wrapper && wrapper["$values"] is JsonArray wrapped)
        {
            return Enumerate(wrapped, JsonPointer.Append(pointer, "$values"));
        }

        return node is JsonArray array ? Enumerate(array, pointer) : null;
    }

    private static IEnumerable<(JsonNode? Item, string Pointer)> Enumerate(JsonArray array, string pointer) =>
        array.Select((item, index) => (item, JsonPointer.Append(pointer, index)));
}
