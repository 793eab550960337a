using FlowChannel.Forms.Validation;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Checks a subform's <c>defaultRows</c> (an array of row objects) column by column with the rules records are
/// validated with, and stores them normalized as the subform's <see cref="FieldDefinition.DefaultValue"/>.
/// </summary>
internal static class DefaultRowsReader
{
    internal static void Apply(FieldDefinition subform, JsonNode rows, string pointer, SchemaReader reader)
    {
        if (rows is not JsonArray array || (subform.MaxRows is { } max && array.Count > max))
        {
            reader.Error(pointer, "\"defaultRows\" must be an array of row objects, no more than \"maxRows\".");
            return;
        }

        var result = new JsonArray();
        var sink = new ErrorSink(CultureInfo.InvariantCulture);
        for (var i = 0; i < array.Count; i++)
        {
            var rowAt = JsonPointer.Append(pointer, i);
            if (array[i] is not JsonObject row)
            {
                reader.Error(rowAt, "A default row must be an object of column values.");
                continue;
            }

            var normalized = new JsonObject();
            foreach (var (key, value) in row)
            {
                if (!subform.SubFieldIndex.TryGetValue(key, out var column) || !column.IsInput)
                {
                    reader.Error(JsonPointer.Append(rowAt, key), $"\"{key}\" is not an input column of subform \"{subform.Key}\".");
                    continue;
                }

                if (value is null || new InputValue(value) is { IsEmpty: true })
                {
                    continue;
                }

                var errorsBefore = sink.Count;
                if (FieldValueChecker.Normalize(column, new InputValue(value), sink) is { } v && sink.Count == errorsBefore)
                {
                    normalized[key] = v;
                }
                else
                {
                    reader.Error(JsonPointer.Append(rowAt, key), $"The default value is invalid: {sink.Errors[^1].Message}");
                }
            }

            result.Add(normalized);
        }

        subform.DefaultValue = result;
    }
}
