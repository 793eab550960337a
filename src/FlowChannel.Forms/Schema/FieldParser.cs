using System.Text.RegularExpressions;
using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Regions;

namespace FlowChannel.Forms.Schema;

/// <summary>Reads one entry of <c>fields</c> into a <see cref="FieldDefinition"/>, reporting every problem it finds.</summary>
internal static partial class FieldParser
{
    /// <summary>The definition, or null when its type is missing or unknown (nothing else can be checked then).</summary>
    internal static FieldDefinition? Parse(JsonNode? node, string pointer, SchemaReader reader, FieldLevel level)
    {
        if (node is not JsonObject obj)
        {
            reader.Error(pointer, "A field must be a JSON object.");
            return null;
        }

        var errorsBefore = reader.ErrorCount;
        var key = ReadKey(obj, pointer, reader);
        var type = ReadType(obj, pointer, reader);
        var label = reader.ReadText(obj, pointer, "label", required: type is not { } t || !FieldProperties.LabelOptional(t));
        var pattern = reader.ReadString(obj, pointer, "pattern");
        var options = obj["options"] is { } optionsNode
            ? OptionReader.Read(optionsNode, JsonPointer.Append(pointer, "options"), reader)
            : [];

        var field = new FieldDefinition
        {
            Key = key ?? string.Empty,
            Type = type ?? FieldType.Text,
            Label = label ?? LocalizedText.Plain(string.Empty),
            Placeholder = reader.ReadText(obj, pointer, "placeholder"),
            Help = reader.ReadText(obj, pointer, "help"),
            Required = reader.ReadBoolean(obj, pointer, "required"),
            Hidden = reader.ReadBoolean(obj, pointer, "hidden"),
            ReadOnly = reader.ReadBoolean(obj, pointer, "readOnly"),
            MinLength = reader.ReadWholeNumber(obj, pointer, "minLength", 0, int.MaxValue),
            MaxLength = reader.ReadWholeNumber(obj, pointer, "maxLength", 0, int.MaxValue),
            Pattern = pattern,
            PatternRegex = pattern is null ? null : CompilePattern(pattern, JsonPointer.Append(pointer, "pattern"), reader),
            PatternMessage = reader.ReadText(obj, pointer, "patternMessage"),
            Min = reader.ReadDecimal(obj, pointer, "min"),
            Max = reader.ReadDecimal(obj, pointer, "max"),
            Precision = reader.ReadWholeNumber(obj, pointer, "precision", 0, 10),
            UnitText = reader.ReadText(obj, pointer, "unit"),
            Currency = ReadCurrency(obj, pointer, reader),
            Options = Array.AsReadOnly(options),
            OptionIndex = options.Select((o, i) => (o.Value, i)).ToDictionary(p => p.Value, p => p.i, StringComparer.Ordinal),
            MaxItems = reader.ReadWholeNumber(obj, pointer, "maxItems", 1, int.MaxValue),
            AddressLevel = ReadAddressLevel(obj, pointer, reader),
            AddressDetail = obj["detail"] is null || reader.ReadBoolean(obj, pointer, "detail"),
            Serial = type == FieldType.Serial ? ReadSerialFormat(obj, pointer, reader) : null,
            Formula = type == FieldType.Formula ? level.Track(FormulaReader.Read(obj, pointer, reader), JsonPointer.Append(pointer, "formula")) : null,
            Accept = obj["accept"] is { } accept ? reader.ReadStringList(accept, JsonPointer.Append(pointer, "accept")) ?? [] : [],
            MaxSize = reader.ReadWholeNumber(obj, pointer, "maxSize", 1, int.MaxValue),
            Unique = reader.ReadBoolean(obj, pointer, "unique"),
            VisibleWhen = Rule(obj, pointer, "visibleWhen", reader, level),
            RequiredWhen = Rule(obj, pointer, "requiredWhen", reader, level),
            ReadOnlyWhen = Rule(obj, pointer, "readOnlyWhen", reader, level),
            Validations = CheckReader.Read(obj, pointer, "validations", reader, level),
            DefaultFormula = level.Track(
                FormulaReader.ReadProperty(obj, pointer, "defaultFormula", DefaultResultType(type), reader), JsonPointer.Append(pointer, "defaultFormula")),
            DefaultLink = RecordSourceReader.ReadDataLinkage(obj, pointer, reader, level),
            OptionsFrom = RecordSourceReader.ReadOptionSource(obj, pointer, reader, level),
            OptionsDependOn = reader.ReadString(obj, pointer, "optionsDependOn"),
            Link = RecordSourceReader.ReadLink(obj, pointer, reader, level),
            Related = RecordSourceReader.ReadRelated(obj, pointer, reader, level),
            MinRows = reader.ReadWholeNumber(obj, pointer, "minRows", 0, SubformLimits.MaxRows),
            MaxRows = reader.ReadWholeNumber(obj, pointer, "maxRows", 1, SubformLimits.MaxRows),
            Width = ReadWidth(obj, pointer, reader),
            SubformKey = level.SubformKey,
            Extensions = ExtensionReader.Read(obj, pointer, FieldProperties.Known, reader),
        };

        if (type is null)
        {
            return null;
        }

        FieldRules.Check(field, obj, pointer, reader);

        // A default is checked with the field's own value rules, which are only meaningful once the field is sound.
        if (reader.ErrorCount == errorsBefore && obj["defaultValue"] is { } defaultValue)
        {
            DefaultValueReader.Apply(field, defaultValue, JsonPointer.Append(pointer, "defaultValue"), reader);
        }

        return field;
    }

    private static FieldFormula? Rule(JsonObject obj, string pointer, string name, SchemaReader reader, FieldLevel level) =>
        level.Track(FormulaReader.ReadProperty(obj, pointer, name, FormulaResultType.Boolean, reader), JsonPointer.Append(pointer, name));

    // A default formula's result is checked like a typed value, so it is computed as the kind of value the field holds.
    private static FormulaResultType DefaultResultType(FieldType? type) => type switch
    {
        FieldType.Number or FieldType.Percent or FieldType.Rating => FormulaResultType.Number,
        FieldType.Money => FormulaResultType.Money,
        FieldType.Date => FormulaResultType.Date,
        FieldType.Switch => FormulaResultType.Boolean,
        _ => FormulaResultType.Text,
    };

    private static string? ReadKey(JsonObject obj, string pointer, SchemaReader reader)
    {
        var key = reader.ReadString(obj, pointer, "key", required: true);
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            reader.Error(JsonPointer.Append(pointer, "key"),
                $"Field key \"{key}\" must start with a letter and hold only letters, digits and '_' (at most 64 characters).");
        }

        return key;
    }

    private static FieldType? ReadType(JsonObject obj, string pointer, SchemaReader reader)
    {
        var name = reader.ReadString(obj, pointer, "type", required: true);
        if (name is null)
        {
            return null;
        }

        if (FieldTypeNames.TryParse(name, out var type))
        {
            return type;
        }

        reader.Error(JsonPointer.Append(pointer, "type"), $"Unknown field type \"{name}\". Allowed: {FieldTypeNames.AllowedList}.");
        return null;
    }

    private static Regex? CompilePattern(string pattern, string pointer, SchemaReader reader)
    {
        var regex = PatternCache.TryGet(pattern, out var error);
        if (regex is null)
        {
            reader.Error(pointer, $"\"pattern\" is not a valid regular expression: {error}");
        }

        return regex;
    }

    private static string? ReadCurrency(JsonObject obj, string pointer, SchemaReader reader)
    {
        var currency = reader.ReadString(obj, pointer, "currency");
        if (currency is not null && !CurrencyPattern().IsMatch(currency))
        {
            reader.Error(JsonPointer.Append(pointer, "currency"), $"\"currency\" must be an ISO 4217 code like \"CNY\", not \"{currency}\".");
        }

        return currency;
    }

    private static FieldWidth ReadWidth(JsonObject obj, string pointer, SchemaReader reader) =>
        reader.ReadString(obj, pointer, "width") switch
        {
            null or "full" => FieldWidth.Full,
            "half" => FieldWidth.Half,
            "third" => FieldWidth.Third,
            "quarter" => FieldWidth.Quarter,
            var other => Invalid(other, reader, pointer),
        };

    private static FieldWidth Invalid(string other, SchemaReader reader, string pointer)
    {
        reader.Error(JsonPointer.Append(pointer, "width"), $"\"width\" must be \"full\", \"half\", \"third\" or \"quarter\", not \"{other}\".");
        return FieldWidth.Full;
    }

    private static RegionLevel ReadAddressLevel(JsonObject obj, string pointer, SchemaReader reader)
    {
        switch (reader.ReadString(obj, pointer, "level"))
        {
            case null or "district":
                return RegionLevel.District;
            case "city":
                return RegionLevel.City;
            case "province":
                return RegionLevel.Province;
            case var other:
                reader.Error(JsonPointer.Append(pointer, "level"), $"\"level\" must be \"province\", \"city\" or \"district\", not \"{other}\".");
                return RegionLevel.District;
        }
    }

    private static SerialFormat? ReadSerialFormat(JsonObject obj, string pointer, SchemaReader reader)
    {
        var text = reader.ReadString(obj, pointer, "format", required: true);
        if (text is null)
        {
            return null;
        }
        var format = SerialFormat.TryParse(text, out var error);
        if (format is null)
        {
            reader.Error(JsonPointer.Append(pointer, "format"), error!);
        }
        return format;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
