namespace FlowChannel.Forms.Schema;

/// <summary>
/// Reads typed properties out of a schema object and collects every problem with its pointer, so one pass reports
/// all errors instead of stopping at the first. A property that is missing or null reads as absent.
/// </summary>
internal sealed class SchemaReader
{
    private readonly List<SchemaError> _errors = [];

    internal IReadOnlyList<SchemaError> Errors => _errors;

    internal int ErrorCount => _errors.Count;

    internal void Error(string pointer, string message) => _errors.Add(new SchemaError(pointer, message));

    internal string? ReadString(JsonObject obj, string pointer, string name, bool required = false)
    {
        var node = Get(obj, pointer, name, required);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.String)
        {
            return node.GetValue<string>();
        }

        Error(JsonPointer.Append(pointer, name), $"\"{name}\" must be a string.");
        return null;
    }

    internal bool ReadBoolean(JsonObject obj, string pointer, string name)
    {
        var node = Get(obj, pointer, name, required: false);
        switch (node?.GetValueKind())
        {
            case null:
            case JsonValueKind.False:
                return false;
            case JsonValueKind.True:
                return true;
            default:
                Error(JsonPointer.Append(pointer, name), $"\"{name}\" must be true or false.");
                return false;
        }
    }

    internal int? ReadWholeNumber(JsonObject obj, string pointer, string name, int min, int max)
    {
        var node = Get(obj, pointer, name, required: false);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<int>(out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        var range = max == int.MaxValue ? $"≥ {min}" : $"from {min} to {max}";
        Error(JsonPointer.Append(pointer, name), $"\"{name}\" must be a whole number {range}.");
        return null;
    }

    internal decimal? ReadDecimal(JsonObject obj, string pointer, string name)
    {
        var node = Get(obj, pointer, name, required: false);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<decimal>(out var value))
        {
            return value;
        }

        Error(JsonPointer.Append(pointer, name), $"\"{name}\" must be a number.");
        return null;
    }

    internal LocalizedText? ReadText(JsonObject obj, string pointer, string name, bool required = false)
    {
        var node = Get(obj, pointer, name, required);
        return node is null ? null : LocalizedTextReader.Read(node, JsonPointer.Append(pointer, name), name, this);
    }

    /// <summary>A non-empty array of non-empty strings, or null (reported) when it is anything else.</summary>
    internal IReadOnlyList<string>? ReadStringList(JsonNode node, string pointer)
    {
        if (node is not JsonArray array || array.Count == 0)
        {
            Error(pointer, "Must be a non-empty array of strings.");
            return null;
        }

        var list = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text)
            {
                list.Add(text);
            }
            else
            {
                Error(JsonPointer.Append(pointer, i), "Must be a non-empty string.");
            }
        }

        return list.AsReadOnly();
    }

    private JsonNode? Get(JsonObject obj, string pointer, string name, bool required)
    {
        var node = obj[name];
        if (node is null && required)
        {
            Error(JsonPointer.Append(pointer, name), $"\"{name}\" is required.");
        }

        return node;
    }
}
