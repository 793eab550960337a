using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Member, department and link values: references stored as <c>{ "id", "name" }</c> (a list of them for members and
/// departments). A bare id string is accepted too. Only the shape is checked here; the server then checks that each
/// referenced user, department or record exists and may be seen, and writes its current name
/// (<see cref="RecordValidationResult.References"/>).
/// </summary>
internal static class ReferenceValues
{
    private const int MaxIdLength = 64;
    private const int MaxNameLength = 200;

    internal static JsonNode? Normalize(FieldDefinition field, InputValue value, ErrorSink sink, List<RecordReference> references)
    {
        if (!field.IsMultiple)
        {
            return One(field, value.Node, field.Key, sink, references);
        }

        if (value.Node is not JsonArray items)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        var result = new JsonArray();
        var errorsBefore = sink.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            // The same person twice is one person: duplicates are dropped, not reported.
            if (items[i] is { } item && One(field, item, ErrorSink.ItemPath(field.Key, i), sink, references) is { } reference
                && seen.Add(reference["id"]!.GetValue<string>()))
            {
                result.Add(reference);
            }
            else if (items[i] is null)
            {
                sink.Add(field, ErrorSink.ItemPath(field.Key, i), FieldErrorCodes.Reference, ValidationText.Reference(sink.Chinese));
            }
        }

        if (result.Count > field.MaxItems)
        {
            sink.Add(field, field.Key, FieldErrorCodes.MaxItems, ValidationText.MaxItems(sink.Chinese, field.MaxItems.Value));
        }

        return sink.Count == errorsBefore ? result : null;
    }

    private static JsonObject? One(FieldDefinition field, JsonNode node, string path, ErrorSink sink, List<RecordReference> references)
    {
        var (id, name) = node switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => (v.GetValue<string>().Trim(), null),
            JsonObject o => (Text(o["id"]), Text(o["name"])),
            _ => (null, null),
        };
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            sink.Add(field, path, FieldErrorCodes.Reference, ValidationText.Reference(sink.Chinese));
            return null;
        }

        if (field.Type == FieldType.Link && !Guid.TryParse(id, out _))
        {
            sink.Add(field, path, FieldErrorCodes.Reference, ValidationText.RecordId(sink.Chinese));
            return null;
        }

        var reference = new JsonObject { ["id"] = id };
        if (name is { Length: > 0 })
        {
            reference["name"] = name.Length <= MaxNameLength ? name : name[..MaxNameLength];
        }

        references.Add(new RecordReference(sink.Prefix + path, field, id));
        return reference;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>().Trim() : null;
}
