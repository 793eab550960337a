using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using Jint;
using Jint.Native;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>Copies JSON into new JavaScript values, so a script never holds a reference into host state.</summary>
internal static class JsonToJs
{
    public static JsValue Convert(Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject obj:
                var target = new JsObject(engine);
                foreach (var (key, value) in obj)
                {
                    target.FastSetDataProperty(key, Convert(engine, value));
                }

                return target;
            case JsonArray array:
                var items = new JsValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Convert(engine, array[i]);
                }

                return new JsArray(engine, items);
            default:
                return Scalar(node);
        }
    }

    private static JsValue Scalar(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String when JsonScalars.TryGetString(node, out var text) => new JsString(text),
        JsonValueKind.Number when JsonScalars.TryGetDouble(node, out var number) => new JsNumber(number),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        _ => JsValue.Null,
    };
}
