using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Forms.Schema;

/// <summary>Reads lists of custom checks, <c>[{ "formula", "message" }]</c>: a field's <c>validations</c> and the form's <c>submitChecks</c>.</summary>
internal static class CheckReader
{
    internal const int MaxChecks = 50;

    internal static IReadOnlyList<FieldCheck> Read(JsonObject obj, string pointer, string name, SchemaReader reader, FieldLevel level)
    {
        var at = JsonPointer.Append(pointer, name);
        if (obj[name] is not { } node)
        {
            return [];
        }

        if (node is not JsonArray array || array.Count == 0 || array.Count > MaxChecks)
        {
            reader.Error(at, $"\"{name}\" must be an array of 1 to {MaxChecks} {{ \"formula\", \"message\" }} checks.");
            return [];
        }

        var checks = new List<FieldCheck>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var itemAt = JsonPointer.Append(at, i);
            if (array[i] is not JsonObject item)
            {
                reader.Error(itemAt, "A check must be an object { \"formula\", \"message\" }.");
                continue;
            }

            foreach (var (property, _) in item)
            {
                if (property is not ("formula" or "message"))
                {
                    reader.Error(JsonPointer.Append(itemAt, property), $"Unknown check property \"{property}\"; a check has \"formula\" and \"message\".");
                }
            }

            var formula = level.Track(
                FormulaReader.ReadProperty(item, itemAt, "formula", FormulaResultType.Boolean, reader, required: true),
                JsonPointer.Append(itemAt, "formula"));
            var message = reader.ReadText(item, itemAt, "message", required: true);
            if (formula is not null && message is not null)
            {
                checks.Add(new FieldCheck(formula, message));
            }
        }

        return checks.AsReadOnly();
    }
}
