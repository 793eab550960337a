namespace FlowChannel.Forms.Schema;

/// <summary>Reads the <c>fields</c> array and checks that keys are unique.</summary>
internal static class FieldListReader
{
    /// <summary>The fields, and the formula fields in the order they are computed (each after what it reads).</summary>
    internal static (FieldDefinition[] Fields, FieldDefinition[] FormulaOrder) Read(JsonNode? node, SchemaReader reader)
    {
        const string pointer = "/fields";
        if (node is not JsonArray array || array.Count == 0)
        {
            reader.Error(pointer, node is null ? "\"fields\" is required." : "\"fields\" must be a non-empty array of fields.");
            return ([], []);
        }

        var fields = new List<(FieldDefinition Field, string Pointer)>(array.Count);
        var declaredKeys = new HashSet<string>(StringComparer.Ordinal);

        // Case-insensitive: keys become columns and index names, and SQL Server compares those without case.
        var firstIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < array.Count; i++)
        {
            var fieldPointer = JsonPointer.Append(pointer, i);
            var field = FieldParser.Parse(array[i], fieldPointer, reader);
            var key = (array[i] as JsonObject)?["key"] is JsonValue keyNode && keyNode.TryGetValue<string>(out var k) ? k : null;
            if (key is not null)
            {
                declaredKeys.Add(key);
            }

            if (key is not null && !firstIndex.TryAdd(key, i))
            {
                reader.Error(JsonPointer.Append(fieldPointer, "key"),
                    $"Duplicate field key \"{key}\" (first at {JsonPointer.Append(pointer, firstIndex[key])}); keys are unique ignoring case.");
            }

            if (field is not null)
            {
                fields.Add((field, fieldPointer));
            }
        }

        var formulaOrder = FormulaGraph.Check(fields, declaredKeys, reader);
        return ([.. fields.Select(f => f.Field)], formulaOrder);
    }
}
