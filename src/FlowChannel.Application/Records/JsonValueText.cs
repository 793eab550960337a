using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Application.Records;

/// <summary>How a stored value reads as text: in pickers, as a linked record's name, and when conditions compare it.</summary>
public static class JsonValueText
{
    public static string? Of(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        // A reference ({ id, name }) reads as its name, a file or address the same way when it has one.
        JsonObject o => Of(o["name"]) ?? Of(o["id"]) ?? o.ToJsonString(),
        JsonArray a => string.Join(", ", a.Select(Of).Where(t => !string.IsNullOrEmpty(t))),
        _ => node.ToJsonString(),
    };

    /// <summary>The identity a value is compared by: a reference's id, a scalar's text.</summary>
    public static string? Key(JsonNode? node) => node is JsonObject o && o["id"] is { } id ? Of(id) : Of(node);

    public static bool TryNumber(JsonNode? node, out decimal number)
    {
        number = 0;
        return node switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue(out number),
            JsonValue v when v.GetValueKind() == JsonValueKind.String =>
                decimal.TryParse(v.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }
}
