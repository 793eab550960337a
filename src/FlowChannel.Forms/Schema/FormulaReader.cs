using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Forms.Schema;

/// <summary>Reads and compiles the <c>formula</c> and <c>resultType</c> of a formula field; references are checked by <see cref="FormulaGraph"/>.</summary>
internal static class FormulaReader
{
    private static readonly Dictionary<string, FormulaResultType> ResultTypes = new(StringComparer.Ordinal)
    {
        ["number"] = FormulaResultType.Number,
        ["money"] = FormulaResultType.Money,
        ["text"] = FormulaResultType.Text,
        ["date"] = FormulaResultType.Date,
        ["boolean"] = FormulaResultType.Boolean,
    };

    internal static FieldFormula? Read(JsonObject obj, string pointer, SchemaReader reader)
    {
        var resultType = ReadResultType(obj, pointer, reader);
        if (obj["precision"] is not null && resultType is not (FormulaResultType.Number or FormulaResultType.Money))
        {
            reader.Error(JsonPointer.Append(pointer, "precision"), "\"precision\" applies only to formulas whose \"resultType\" is number or money.");
        }

        var text = reader.ReadString(obj, pointer, "formula", required: true);
        if (text is null)
        {
            return null;
        }

        var formulaPointer = JsonPointer.Append(pointer, "formula");
        if (string.IsNullOrWhiteSpace(text))
        {
            reader.Error(formulaPointer, "\"formula\" must not be empty.");
            return null;
        }

        var compilation = FormulaCompiler.Compile(text);
        foreach (var error in compilation.Errors)
        {
            var message = error.Message.Contains("line", StringComparison.OrdinalIgnoreCase)
                ? error.Message
                : $"{error.Message} (line {error.Line}, column {error.Column})";
            reader.Error(formulaPointer, "Formula error: " + message);
        }

        if (compilation.Formula is not { } compiled)
        {
            return null;
        }

        var dependencies = new List<string>();
        foreach (var reference in compiled.References)
        {
            var dot = reference.IndexOf('.', StringComparison.Ordinal);
            var root = dot < 0 ? reference : reference[..dot];
            if (!dependencies.Contains(root))
            {
                dependencies.Add(root);
            }
        }

        return new FieldFormula(compiled, dependencies.AsReadOnly(), resultType);
    }

    private static FormulaResultType ReadResultType(JsonObject obj, string pointer, SchemaReader reader)
    {
        var name = reader.ReadString(obj, pointer, "resultType");
        if (name is null)
        {
            return FormulaResultType.Number;
        }

        if (ResultTypes.TryGetValue(name, out var type))
        {
            return type;
        }

        reader.Error(JsonPointer.Append(pointer, "resultType"),
            $"\"resultType\" must be one of {string.Join(", ", ResultTypes.Keys)}, not \"{name}\".");
        return FormulaResultType.Number;
    }
}
