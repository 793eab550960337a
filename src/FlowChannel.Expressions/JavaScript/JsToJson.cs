using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>Copies a JavaScript value into fresh JSON nodes, with JSON.stringify's view of what is data.</summary>
internal static class JsToJson
{
    // Deep enough for any real document; a deeper one is almost surely a cycle.
    private const int MaxDepth = 64;

    public static JsonNode? Convert(JsValue value) => Convert(value, 0);

    private static JsonNode? Convert(JsValue value, int depth)
    {
        if (value.IsUndefined() || value.IsNull() || value.IsSymbol())
        {
            return null;
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsNumber())
        {
            return JsonScalars.FromDouble(value.AsNumber());
        }

        if (value.IsBigInt())
        {
            return JsonValue.Create(TypeConverter.ToString(value));
        }

        if (depth >= MaxDepth)
        {
            throw new ExpressionException(
                $"The script's result nests deeper than {MaxDepth} levels (is it circular?).", ExpressionErrorKind.LimitExceeded);
        }

        return value switch
        {
            JsDate date => date.DateValue is double ms && double.IsFinite(ms)
                ? JsonValue.Create(DateTimeOffset.FromUnixTimeMilliseconds((long)ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
                : null,
            JsArray array => ConvertArray(array, depth),
            _ when value.IsCallable() => null,
            ObjectInstance obj => ConvertObject(obj, depth),
            _ => null,
        };
    }

    private static JsonArray ConvertArray(JsArray array, int depth)
    {
        var length = array.Length;
        var result = new JsonArray();
        for (uint i = 0; i < length; i++)
        {
            var item = array.Get(i);
            result.Add(item.IsCallable() ? null : Convert(item, depth + 1));
        }

        return result;
    }

    private static JsonObject ConvertObject(ObjectInstance obj, int depth)
    {
        var result = new JsonObject();
        foreach (var key in obj.GetOwnPropertyKeys(Types.String))
        {
            if (!obj.GetOwnProperty(key).Enumerable)
            {
                continue;
            }

            var item = obj.Get(key);
            if (item.IsUndefined() || item.IsCallable())
            {
                continue;
            }

            result[key.ToString()] = Convert(item, depth + 1);
        }

        return result;
    }
}
