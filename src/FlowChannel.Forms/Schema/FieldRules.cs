namespace FlowChannel.Forms.Schema;

/// <summary>Checks that span several properties of one field: applicability to its type, ranges, options.</summary>
internal static class FieldRules
{
    internal const int MaxRatingStars = 10;

    private static readonly string[] DefaultProperties = ["defaultValue", "defaultFormula", "defaultLink"];

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

        if (field.IsChoice && (obj["options"] is null) == (obj["optionsFrom"] is null))
        {
            reader.Error(JsonPointer.Append(pointer, "options"),
                $"A {FieldTypeNames.NameOf(field.Type)} field needs either \"options\" or \"optionsFrom\" (not both).");
        }

        CheckOptionLinkage(field, obj, pointer, reader);
        CheckRequiredSettings(field, obj, pointer, reader);

        var defaults = DefaultProperties.Where(name => obj[name] is not null).ToList();
        if (defaults.Count > 1)
        {
            reader.Error(JsonPointer.Append(pointer, defaults[1]), $"Give one default: {string.Join(" and ", defaults)} are exclusive.");
        }

        if (field.MinRows > field.MaxRows)
        {
            reader.Error(JsonPointer.Append(pointer, "minRows"), $"\"minRows\" ({field.MinRows}) must not be greater than \"maxRows\" ({field.MaxRows}).");
        }

        for (var i = 0; i < field.Accept.Count; i++)
        {
            if (!IsContentTypePattern(field.Accept[i]))
            {
                reader.Error(JsonPointer.Append(JsonPointer.Append(pointer, "accept"), i),
                    $"\"{field.Accept[i]}\" is not a content type like \"application/pdf\" or \"image/*\".");
            }
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

        if (field.Key == SubformLimits.RowKeyword)
        {
            reader.Error(JsonPointer.Append(pointer, "key"), $"\"{SubformLimits.RowKeyword}\" is reserved: formulas use row.x for the current subform row.");
        }

        if (field.Type == FieldType.Rating && field.Max is { } stars && (stars != decimal.Truncate(stars) || stars < 1 || stars > MaxRatingStars))
        {
            reader.Error(JsonPointer.Append(pointer, "max"), $"A rating's \"max\" is its number of stars: a whole number from 1 to {MaxRatingStars}.");
        }
    }

    private static void CheckOptionLinkage(FieldDefinition field, JsonObject obj, string pointer, SchemaReader reader)
    {
        var linked = field.Options.Any(o => o.When is not null);
        if (linked && field.OptionsDependOn is null)
        {
            reader.Error(JsonPointer.Append(pointer, "optionsDependOn"),
                "Options with \"when\" need \"optionsDependOn\": the key of the field whose value selects them.");
        }
        else if (field.OptionsDependOn is not null && obj["optionsFrom"] is null && !linked)
        {
            reader.Error(JsonPointer.Append(pointer, "optionsDependOn"),
                "\"optionsDependOn\" needs options with \"when\" (the controlling values each option belongs to).");
        }
        else if (field.OptionsDependOn == field.Key)
        {
            reader.Error(JsonPointer.Append(pointer, "optionsDependOn"), "A field's options cannot depend on its own value.");
        }
    }

    private static void CheckRequiredSettings(FieldDefinition field, JsonObject obj, string pointer, SchemaReader reader)
    {
        var needed = field.Type switch
        {
            FieldType.Link => "link",
            FieldType.Related => "related",
            FieldType.Subform => "fields",
            FieldType.Tabs => "tabs",
            FieldType.Columns => "columns",
            _ => null,
        };
        if (needed is not null && obj[needed] is null)
        {
            reader.Error(JsonPointer.Append(pointer, needed), $"A {FieldTypeNames.NameOf(field.Type)} needs \"{needed}\".");
        }
    }

    private static bool IsContentTypePattern(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < text.Length - 1 && text.IndexOf('/', slash + 1) < 0
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '*' or '.' or '+' or '-');
    }
}
