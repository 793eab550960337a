using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Radio and select hold one option value; checkbox groups and multi-selects hold an array of them. Options read from
/// another form (<c>optionsFrom</c>) are only known to the server's data: their values are checked for shape here and
/// listed in <see cref="RecordValidationResult.SourcedChoices"/> for the server to check against what it offers.
/// </summary>
internal static class ChoiceValues
{
    // Above this many options the "already chosen" flags move from the stack to the heap.
    private const int StackFlagLimit = 512;
    private const int MaxSourcedValueLength = 200;

    internal static JsonNode? Single(FieldDefinition field, InputValue value, ErrorSink sink)
    {
        if (value.Text is not { } text)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        if (field.OptionsFrom is not null && text.Length <= MaxSourcedValueLength)
        {
            return JsonValue.Create(text);
        }

        if (field.OptionIndex.ContainsKey(text))
        {
            return JsonValue.Create(text);
        }

        sink.Add(field, field.Key, FieldErrorCodes.Option, ValidationText.Option(sink.Chinese, text));
        return null;
    }

    internal static JsonNode? Multiple(FieldDefinition field, InputValue value, ErrorSink sink)
    {
        // A lone value is taken as a one-item list: simple clients and spreadsheet imports send it that way.
        if (value.Text is not null)
        {
            return Single(field, value, sink) is { } one ? new JsonArray(one) : null;
        }

        if (value.Node is not JsonArray items)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        if (field.OptionsFrom is not null)
        {
            return SourcedMultiple(field, items, sink);
        }

        var optionCount = field.Options.Count;
        var chosen = optionCount <= StackFlagLimit ? stackalloc bool[optionCount] : new bool[optionCount];
        var result = new JsonArray();
        var errorsBefore = sink.Count;
        for (var i = 0; i < items.Count; i++)
        {
            if (!JsonScalars.TryGetString(items[i], out var raw))
            {
                sink.Add(field, ErrorSink.ItemPath(field.Key, i), FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
                continue;
            }

            var text = raw.Trim();
            if (!field.OptionIndex.TryGetValue(text, out var index))
            {
                sink.Add(field, ErrorSink.ItemPath(field.Key, i), FieldErrorCodes.Option, ValidationText.Option(sink.Chinese, text));
            }
            else if (!chosen[index])
            {
                // A repeated choice means the same as one; dropping it beats failing the whole record.
                chosen[index] = true;
                result.Add(text);
            }
        }

        if (result.Count > field.MaxItems)
        {
            sink.Add(field, field.Key, FieldErrorCodes.MaxItems, ValidationText.MaxItems(sink.Chinese, field.MaxItems.Value));
        }

        return sink.Count == errorsBefore ? result : null;
    }

    private static JsonArray? SourcedMultiple(FieldDefinition field, JsonArray items, ErrorSink sink)
    {
        var result = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var errorsBefore = sink.Count;
        for (var i = 0; i < items.Count; i++)
        {
            if (!JsonScalars.TryGetString(items[i], out var raw) || raw.Trim() is not { Length: > 0 and <= MaxSourcedValueLength } text)
            {
                sink.Add(field, ErrorSink.ItemPath(field.Key, i), FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            }
            else if (seen.Add(text))
            {
                result.Add(text);
            }
        }

        if (result.Count > field.MaxItems)
        {
            sink.Add(field, field.Key, FieldErrorCodes.MaxItems, ValidationText.MaxItems(sink.Chinese, field.MaxItems.Value));
        }

        return sink.Count == errorsBefore ? result : null;
    }
}
