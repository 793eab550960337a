using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Attachment and image values: arrays of <c>{ "id", "name", "size", "contentType"? }</c> referring to stored files;
/// a signature is one such object, a PNG. Members beyond these are dropped, so a client cannot smuggle extra data (a
/// URL, a path) into the record. The declared type and size are checked against the field's limits here, and the
/// server checks them again against the stored file.
/// </summary>
internal static class AttachmentValues
{
    private static readonly string[] ImageTypes = ["image/*"];
    private static readonly string[] SignatureTypes = ["image/png"];

    /// <summary>The content types a field accepts: its <c>accept</c> list, or what its type implies; empty for any.</summary>
    internal static IReadOnlyList<string> AcceptedTypes(FieldDefinition field) => field.Accept.Count > 0 ? field.Accept : field.Type switch
    {
        FieldType.Image => ImageTypes,
        FieldType.Signature => SignatureTypes,
        _ => [],
    };

    /// <summary>Whether <paramref name="contentType"/> matches one of the patterns (<c>image/*</c> matches <c>image/png</c>).</summary>
    internal static bool Accepts(IReadOnlyList<string> patterns, string contentType)
    {
        if (patterns.Count == 0)
        {
            return true;
        }

        foreach (var pattern in patterns)
        {
            if (pattern.EndsWith("/*", StringComparison.Ordinal)
                ? contentType.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
                : string.Equals(pattern, contentType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static JsonNode? Normalize(FieldDefinition field, JsonNode node, ErrorSink sink)
    {
        if (field.Type == FieldType.Signature)
        {
            return Signature(field, node, sink);
        }

        if (node is not JsonArray items)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        var result = new JsonArray();
        var errorsBefore = sink.Count;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonObject item)
            {
                Item(field, item, i, ErrorSink.ItemPath(field.Key, i), result, sink);
            }
            else
            {
                sink.Add(field, ErrorSink.ItemPath(field.Key, i), FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            }
        }

        if (items.Count > field.MaxItems)
        {
            sink.Add(field, field.Key, FieldErrorCodes.MaxItems, ValidationText.MaxItems(sink.Chinese, field.MaxItems.Value));
        }

        return sink.Count == errorsBefore ? result : null;
    }

    private static JsonNode? Signature(FieldDefinition field, JsonNode node, ErrorSink sink)
    {
        var single = node is JsonArray { Count: 1 } one ? one[0] : node;
        if (single is not JsonObject item)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        var result = new JsonArray();
        var errorsBefore = sink.Count;
        // One file, not a list: errors name the field itself (sign, sign.size), not an item of it.
        Item(field, item, 0, field.Key, result, sink);
        if (sink.Count > errorsBefore || result.Count == 0)
        {
            return null;
        }

        var file = result[0]!;
        result.RemoveAt(0);
        return file;
    }

    private static void Item(FieldDefinition field, JsonObject item, int index, string path, JsonArray result, ErrorSink sink)
    {
        var errorsBefore = sink.Count;
        var id = Text(field, item, index, path, "id", required: true, sink);
        var name = Text(field, item, index, path, "name", required: true, sink);
        var contentType = Text(field, item, index, path, "contentType", required: false, sink);
        var size = Size(field, item, index, path, sink);
        if (sink.Count > errorsBefore)
        {
            return;
        }

        var accepted = AcceptedTypes(field);
        if (accepted.Count > 0 && (contentType is null || !Accepts(accepted, contentType)))
        {
            sink.Add(field, path, FieldErrorCodes.FileType, ValidationText.FileType(sink.Chinese, contentType ?? "?"));
            return;
        }

        if (size > field.MaxSize)
        {
            sink.Add(field, path, FieldErrorCodes.FileSize, ValidationText.FileSize(sink.Chinese, field.MaxSize.Value));
            return;
        }

        var normalized = new JsonObject { ["id"] = id, ["name"] = name, ["size"] = size };
        if (contentType is not null)
        {
            normalized["contentType"] = contentType;
        }

        result.Add(normalized);
    }

    private static string? Text(FieldDefinition field, JsonObject item, int index, string path, string member, bool required, ErrorSink sink)
    {
        var value = item[member] is { } node ? new InputValue(node) : default;
        if (value.Text is { Length: > 0 } text)
        {
            return text;
        }

        if (value.Node is not null && value.Text is null)
        {
            Fail(field, index, path, member, FieldErrorCodes.Type, sink);
        }
        else if (required)
        {
            Fail(field, index, path, member, FieldErrorCodes.Required, sink);
        }

        return null;
    }

    private static long Size(FieldDefinition field, JsonObject item, int index, string path, ErrorSink sink)
    {
        if (item["size"] is not { } node)
        {
            Fail(field, index, path, "size", FieldErrorCodes.Required, sink);
        }
        else if (JsonScalars.TryGetDecimal(new InputValue(node), out var bytes)
            && bytes >= 0 && bytes <= long.MaxValue && bytes == decimal.Truncate(bytes))
        {
            return (long)bytes;
        }
        else
        {
            Fail(field, index, path, "size", FieldErrorCodes.Type, sink);
        }

        return 0;
    }

    private static void Fail(FieldDefinition field, int index, string path, string member, string code, ErrorSink sink)
    {
        var detail = code == FieldErrorCodes.Required
            ? ValidationText.AttachmentMissing(sink.Chinese, index, member)
            : ValidationText.AttachmentInvalid(sink.Chinese, index, member);
        sink.Add(field, path + "." + member, code, detail);
    }
}
