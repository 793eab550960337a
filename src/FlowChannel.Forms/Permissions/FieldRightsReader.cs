using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Permissions;

/// <summary>
/// Reads a permission set's <c>fields</c>: per field key a right (<c>"status": "edit"</c>), or a right with the option
/// values the set may write into a choice field (<c>"status": {"right": "edit", "options": ["accepted", "declined"]}</c>).
/// With the form's fields, keys, field types and option values are checked against them, each error at its JSON pointer.
/// </summary>
internal static class FieldRightsReader
{
    private const string RightMessage = "Must be \"hidden\", \"read\" or \"edit\", or {\"right\": \"edit\", \"options\": [...]}.";

    internal static readonly IReadOnlyDictionary<string, FieldRight> EmptyRights = new Dictionary<string, FieldRight>().AsReadOnly();

    internal static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> NoLimits = new Dictionary<string, IReadOnlySet<string>>().AsReadOnly();

    internal static (IReadOnlyDictionary<string, FieldRight> Rights, IReadOnlyDictionary<string, IReadOnlySet<string>> Limits) Read(
        JsonNode node, string pointer, IReadOnlyList<FieldDefinition>? fields, SchemaReader reader)
    {
        if (node is not JsonObject map)
        {
            reader.Error(pointer, "\"fields\" must map field keys to \"hidden\", \"read\" or \"edit\" (or an object with \"right\" and \"options\").");
            return (EmptyRights, NoLimits);
        }
        var rights = new Dictionary<string, FieldRight>(StringComparer.Ordinal);
        var limits = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            var at = JsonPointer.Append(pointer, key);
            var field = fields?.FirstOrDefault(f => f.Key == key && f.HasValue);
            if (fields is not null && field is null)
            {
                reader.Error(at, $"The form has no field \"{key}\" that holds a value.");
                continue;
            }
            if (value is JsonObject entry)
            {
                var (right, options) = ReadEntry(entry, at, field, reader);
                rights[key] = right;
                if (options is not null)
                {
                    limits[key] = options;
                }
                continue;
            }
            rights[key] = value is null ? Invalid(at, reader) : ReadRight(value, at, reader);
        }
        return (rights.AsReadOnly(), limits.Count == 0 ? NoLimits : limits.AsReadOnly());
    }

    internal static FieldRight ReadRight(JsonNode node, string pointer, SchemaReader reader)
    {
        var text = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        return text switch
        {
            "hidden" => FieldRight.Hidden,
            "read" => FieldRight.Read,
            "edit" => FieldRight.Edit,
            _ => Invalid(pointer, reader),
        };
    }

    private static FieldRight Invalid(string pointer, SchemaReader reader)
    {
        reader.Error(pointer, RightMessage);
        return FieldRight.Hidden;
    }

    private static (FieldRight Right, IReadOnlySet<string>? Options) ReadEntry(JsonObject entry, string pointer, FieldDefinition? field, SchemaReader reader)
    {
        foreach (var unknown in entry.Select(p => p.Key).Where(k => k is not ("right" or "options")))
        {
            reader.Error(JsonPointer.Append(pointer, unknown), $"Unknown property \"{unknown}\"; a field's entry holds \"right\" and \"options\".");
        }
        if (entry["right"] is not { } rightNode)
        {
            reader.Error(pointer, "A field's entry needs its \"right\" (\"hidden\", \"read\" or \"edit\").");
            return (FieldRight.Hidden, null);
        }
        var right = ReadRight(rightNode, pointer + "/right", reader);
        if (entry["options"] is not { } optionsNode)
        {
            return (right, null);
        }
        var at = pointer + "/options";
        if (right != FieldRight.Edit)
        {
            // Options limit what a member writes: on a field they cannot edit they would only suggest a right they lack.
            reader.Error(at, "Only an editable field (\"right\": \"edit\") limits its options.");
            return (right, null);
        }
        if (field is not null && (!field.IsChoice || field.Options.Count == 0))
        {
            reader.Error(at, $"\"{field.Key}\" is not a radio, select, checkbox or multi-select field with its own options.");
            return (right, null);
        }
        var values = reader.ReadStringList(optionsNode, at);
        if (values is null)
        {
            return (right, null);
        }
        for (var i = 0; i < values.Count; i++)
        {
            if (field is not null && !field.Options.Any(o => o.Value == values[i]))
            {
                reader.Error(JsonPointer.Append(at, i), $"\"{field.Key}\" has no option \"{values[i]}\"; its options are {string.Join(", ", field.Options.Select(o => o.Value))}.");
            }
        }
        return (right, values.ToHashSet(StringComparer.Ordinal));
    }
}
