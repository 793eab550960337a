namespace FlowChannel.Forms.Schema;

/// <summary>
/// Reads the <c>options</c> array of a choice field: objects with a unique <c>value</c>, a <c>label</c> and, for option
/// linkage, <c>when</c> (the values of the controlling field the option belongs to).
/// </summary>
internal static class OptionReader
{
    internal static FieldOption[] Read(JsonNode node, string pointer, SchemaReader reader)
    {
        if (node is not JsonArray array || array.Count == 0)
        {
            reader.Error(pointer, "\"options\" must be a non-empty array of { \"value\", \"label\" } objects.");
            return [];
        }

        var options = new List<FieldOption>(array.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var itemPointer = JsonPointer.Append(pointer, i);
            if (array[i] is not JsonObject item)
            {
                reader.Error(itemPointer, "An option must be an object with \"value\" and \"label\".");
                continue;
            }

            var value = reader.ReadString(item, itemPointer, "value", required: true);
            var label = reader.ReadText(item, itemPointer, "label", required: true);
            var when = item["when"] is { } whenNode ? reader.ReadStringList(whenNode, JsonPointer.Append(itemPointer, "when")) : null;
            foreach (var (name, _) in item)
            {
                if (name is not ("value" or "label" or "when"))
                {
                    reader.Error(JsonPointer.Append(itemPointer, name),
                        $"Unknown option property \"{name}\"; an option has \"value\", \"label\" and, for option linkage, \"when\".");
                }
            }

            if (value is null)
            {
                continue;
            }

            if (value.Length == 0 || value.Trim().Length != value.Length)
            {
                reader.Error(JsonPointer.Append(itemPointer, "value"), "An option value must be non-empty, without leading or trailing spaces.");
            }
            else if (!seen.TryAdd(value, i))
            {
                reader.Error(JsonPointer.Append(itemPointer, "value"), $"Duplicate option value \"{value}\" (first at {JsonPointer.Append(pointer, seen[value])}).");
            }
            else if (label is not null)
            {
                options.Add(new FieldOption(value, label, when));
            }
        }

        return [.. options];
    }
}
