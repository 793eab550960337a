using System.Collections.ObjectModel;
using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Reads the settings that point at another form: <c>link</c>, <c>related</c>, <c>defaultLink</c> and <c>optionsFrom</c>,
/// with their conditions (<c>[{ "field", "op", "value" }]</c>, where <c>value</c> is a formula over this record).
/// Whether the other form and its fields exist is checked where forms are published, not here.
/// </summary>
internal static class RecordSourceReader
{
    private static readonly Dictionary<string, ConditionOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = ConditionOperator.Equals,
        ["ne"] = ConditionOperator.NotEquals,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterOrEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessOrEqual,
        ["contains"] = ConditionOperator.Contains,
    };

    internal const int MaxRelatedRows = 200;

    internal static LinkSettings? ReadLink(JsonObject field, string pointer, SchemaReader reader, FieldLevel level)
    {
        if (Settings(field, pointer, "link", reader, out var at) is not { } obj)
        {
            return null;
        }

        Known(obj, at, reader, "form", "displayField", "searchFields", "filter", "copy");
        var form = FormId(obj, at, reader);
        var display = reader.ReadString(obj, at, "displayField", required: true);
        var search = obj["searchFields"] is { } s ? reader.ReadStringList(s, JsonPointer.Append(at, "searchFields")) : null;
        var filter = Conditions(obj, at, "filter", reader, level);
        var copy = Copy(obj, at, reader);
        return form is null || display is null ? null : new LinkSettings(form, display, search ?? [], filter, copy);
    }

    internal static RelatedSettings? ReadRelated(JsonObject field, string pointer, SchemaReader reader, FieldLevel level)
    {
        if (Settings(field, pointer, "related", reader, out var at) is not { } obj)
        {
            return null;
        }

        Known(obj, at, reader, "form", "where", "columns", "limit");
        var form = FormId(obj, at, reader);
        var where = Conditions(obj, at, "where", reader, level, required: true);
        var columns = obj["columns"] is { } c ? reader.ReadStringList(c, JsonPointer.Append(at, "columns")) : null;
        if (columns is null && obj["columns"] is null)
        {
            reader.Error(JsonPointer.Append(at, "columns"), "\"columns\" is required: the other form's fields to show.");
        }

        var limit = reader.ReadWholeNumber(obj, at, "limit", 1, MaxRelatedRows) ?? 20;
        return form is null || columns is null ? null : new RelatedSettings(form, where, columns, limit);
    }

    internal static DataLinkage? ReadDataLinkage(JsonObject field, string pointer, SchemaReader reader, FieldLevel level)
    {
        if (Settings(field, pointer, "defaultLink", reader, out var at) is not { } obj)
        {
            return null;
        }

        Known(obj, at, reader, "form", "where", "take");
        var form = FormId(obj, at, reader);
        var where = Conditions(obj, at, "where", reader, level, required: true);
        var take = reader.ReadString(obj, at, "take", required: true);
        return form is null || take is null ? null : new DataLinkage(form, where, take);
    }

    internal static OptionSource? ReadOptionSource(JsonObject field, string pointer, SchemaReader reader, FieldLevel level)
    {
        if (Settings(field, pointer, "optionsFrom", reader, out var at) is not { } obj)
        {
            return null;
        }

        Known(obj, at, reader, "form", "valueField", "labelField", "filter");
        var form = FormId(obj, at, reader);
        var value = reader.ReadString(obj, at, "valueField", required: true);
        var label = reader.ReadString(obj, at, "labelField");
        var filter = Conditions(obj, at, "filter", reader, level);
        return form is null || value is null ? null : new OptionSource(form, value, label, filter);
    }

    private static JsonObject? Settings(JsonObject field, string pointer, string name, SchemaReader reader, out string at)
    {
        at = JsonPointer.Append(pointer, name);
        switch (field[name])
        {
            case null:
                return null;
            case JsonObject obj:
                return obj;
            default:
                reader.Error(at, $"\"{name}\" must be an object.");
                return null;
        }
    }

    private static string? FormId(JsonObject obj, string pointer, SchemaReader reader)
    {
        var id = reader.ReadString(obj, pointer, "form", required: true);
        if (id is not null && !FormSchemaParser.IsFormId(id))
        {
            reader.Error(JsonPointer.Append(pointer, "form"), $"\"{id}\" is not a form id (lower-case letters, digits and '-').");
            return null;
        }

        return id;
    }

    private static void Known(JsonObject obj, string pointer, SchemaReader reader, params string[] names)
    {
        foreach (var (name, _) in obj)
        {
            if (!names.Contains(name))
            {
                reader.Error(JsonPointer.Append(pointer, name), $"Unknown property \"{name}\"; allowed: {string.Join(", ", names)}.");
            }
        }
    }

    private static ReadOnlyDictionary<string, string> Copy(JsonObject obj, string pointer, SchemaReader reader)
    {
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (obj["copy"])
        {
            case null:
                break;
            case JsonObject map:
                foreach (var (local, remote) in map)
                {
                    if (remote is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        copy[local] = v.GetValue<string>();
                    }
                    else
                    {
                        reader.Error(JsonPointer.Append(JsonPointer.Append(pointer, "copy"), local), "Must be the other form's field key, a string.");
                    }
                }

                break;
            default:
                reader.Error(JsonPointer.Append(pointer, "copy"), "\"copy\" must map this form's field keys to the other form's field keys.");
                break;
        }

        return copy.AsReadOnly();
    }

    private static ReadOnlyCollection<RecordCondition> Conditions(JsonObject obj, string pointer, string name, SchemaReader reader, FieldLevel level, bool required = false)
    {
        var at = JsonPointer.Append(pointer, name);
        if (obj[name] is not { } node)
        {
            if (required)
            {
                reader.Error(at, $"\"{name}\" is required: at least one condition {{ \"field\", \"op\", \"value\" }}.");
            }

            return ReadOnlyCollection<RecordCondition>.Empty;
        }

        if (node is not JsonArray array || array.Count == 0)
        {
            reader.Error(at, $"\"{name}\" must be a non-empty array of {{ \"field\", \"op\", \"value\" }} conditions.");
            return ReadOnlyCollection<RecordCondition>.Empty;
        }

        var conditions = new List<RecordCondition>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var itemAt = JsonPointer.Append(at, i);
            if (array[i] is not JsonObject item)
            {
                reader.Error(itemAt, "A condition must be an object { \"field\", \"op\", \"value\" }.");
                continue;
            }

            Known(item, itemAt, reader, "field", "op", "value");
            var field = reader.ReadString(item, itemAt, "field", required: true);
            var opName = reader.ReadString(item, itemAt, "op") ?? "eq";
            if (!Operators.TryGetValue(opName, out var op))
            {
                reader.Error(JsonPointer.Append(itemAt, "op"), $"\"op\" must be one of {string.Join(", ", Operators.Keys)}, not \"{opName}\".");
            }

            var value = level.Track(FormulaReader.ReadProperty(item, itemAt, "value", FormulaResultType.Text, reader, required: true),
                JsonPointer.Append(itemAt, "value"));
            if (field is not null && value is not null)
            {
                conditions.Add(new RecordCondition(field, op, value));
            }
        }

        return conditions.AsReadOnly();
    }
}
