using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using Scriban.Runtime;

namespace FlowChannel.Expressions.Liquid;

/// <summary>
/// Presents JSON to templates as Scriban values: objects as read-only script objects over the node (no copy),
/// arrays as script arrays, scalars as strings, numbers and booleans. Templates therefore never see a .NET object.
/// </summary>
internal static class JsonModel
{
    public static object? Wrap(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new JsonScriptObject(obj),
        JsonArray array => new ScriptArray(array.Select(Wrap)),
        _ => Scalar(node),
    };

    private static object? Scalar(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String when JsonScalars.TryGetString(node, out var text) => text,
        JsonValueKind.Number when node is JsonValue value && value.TryGetValue<long>(out var integer) => integer,
        JsonValueKind.Number when JsonScalars.TryGetDouble(node, out var number) => JsonScalars.FromDouble(number) is { } exact
            && exact.TryGetValue<long>(out var whole) ? whole : number,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
