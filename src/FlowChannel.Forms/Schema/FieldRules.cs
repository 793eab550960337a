namespace FlowChannel.Forms.Schema;

/// <summary>Checks that span several properties of one field: applicability to its type, ranges, options.</summary>
internal static class FieldRules
{
    internal const int MaxRatingStars = 10;

    internal static void Check(FieldDefinition field, JsonObject obj, string pointer, SchemaReader reader)
    {
        foreach (var (name, _) in obj)
        {
            if (FieldProperties.Known.Contains(name) && !FieldProperties.AppliesTo(name, field.Type))
            {
                reader.Error(JsonPointer.Append(pointer, name),
                    $"\"{name}\" does not apply to {FieldTypeNames.NameOf(field.Type)} fields.");
            }
        }

        if (field.IsChoice && obj["options"] is null)
        {
            reader.Error(JsonPointer.Append(pointer, "options"), $"A {FieldTypeNames.NameOf(field.Type)} field needs \"options\".");
        }

        if (field.Min > field.Max)
        {
            reader.Error(JsonPointer.Append(pointer, "min"), $"\"min\" ({field.Min}) must not be greater than \"max\" ({field.Max}).");
        }

        if (field.MinLength > field.MaxLength)
        {
            reader.Error(JsonPointer.Append(pointer, "minLength"),
                $"\"minLength\" ({field.MinLength}) must not be greater than \"maxLength\" ({field.MaxLength}).");
        }

        if (field.Type == FieldType.Rating && field.Max is { } stars && (stars != decimal.Truncate(stars) || stars < 1 || stars > MaxRatingStars))
        {
            reader.Error(JsonPointer.Append(pointer, "max"), $"A rating's \"max\" is its number of stars: a whole number from 1 to {MaxRatingStars}.");
        }
    }
}
