using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Expressions.Json;

/// <summary>
/// Reads scalars out of <see cref="JsonValue"/>s whatever CLR type backs them: a value parsed from text is backed by a
/// <see cref="JsonElement"/>, one created in code by its CLR type, and <c>GetValue&lt;T&gt;</c> only accepts the exact one.
/// </summary>
public static class JsonScalars
{
    public static bool TryGetString(JsonNode? node, out string value)
    {
        value = string.Empty;
        if (node is not JsonValue scalar || scalar.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        if (scalar.TryGetValue<string>(out var text))
        {
            value = text;
            return true;
        }

        // Guids, dates and chars created in code are strings in JSON but not strings in the CLR.
        value = JsonSerializer.Deserialize<string>(scalar.ToJsonString()) ?? string.Empty;
        return true;
    }

    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        if (node is not JsonValue scalar || scalar.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (scalar.TryGetValue(out value) || scalar.TryGetValue<JsonElement>(out var element) && element.TryGetDouble(out value))
        {
            return true;
        }

        // The CLR types code usually creates numbers from, tried before the (slow) round trip through JSON text.
        if (scalar.TryGetValue<long>(out var int64) || TryGet<int>(scalar, out int64) || TryGet<short>(scalar, out int64))
        {
            value = int64;
            return true;
        }

        if (scalar.TryGetValue<decimal>(out var money))
        {
            value = (double)money;
            return true;
        }

        if (scalar.TryGetValue<float>(out var single))
        {
            value = single;
            return true;
        }

        return double.TryParse(scalar.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryGet<T>(JsonValue scalar, out long value)
        where T : struct, IConvertible
    {
        var found = scalar.TryGetValue<T>(out var typed);
        value = found ? typed.ToInt64(CultureInfo.InvariantCulture) : 0;
        return found;
    }

    public static bool TryGetBoolean(JsonNode? node, out bool value)
    {
        value = false;
        if (node is not JsonValue scalar)
        {
            return false;
        }

        switch (scalar.GetValueKind())
        {
            case JsonValueKind.True:
                value = true;
                return true;
            case JsonValueKind.False:
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A copy of <paramref name="node"/> whose numbers are stored as a script would return them (see
    /// <see cref="FromDouble"/>), so that a value does not depend on how it was produced.
    /// </summary>
    public static JsonNode? Normalize(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Normalize)]),
        _ when node.GetValueKind() == JsonValueKind.Number && TryGetDouble(node, out var number) => FromDouble(number),
        _ => node.DeepClone(),
    };

    /// <summary>A JSON number for <paramref name="value"/>: integral values become integers, non-finite ones null.</summary>
    public static JsonValue? FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }

        // 2^53: beyond it a double no longer holds every integer, so it stays a double.
        const double MaxExactInteger = 9_007_199_254_740_992d;
        if (Math.Abs(value) <= MaxExactInteger && Math.Floor(value) == value)
        {
            return JsonValue.Create((long)value);
        }

        return JsonValue.Create(value);
    }
}
