using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Reads and compiles the formulas of a field: a formula field's <c>formula</c> and <c>resultType</c>, and any other
/// property holding a formula (rules, defaults, checks, conditions). References are checked by <see cref="FormulaGraph"/>.
/// </summary>
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

        return ReadProperty(obj, pointer, "formula", resultType, reader, required: true);
    }

    /// <summary>The formula in property <paramref name="name"/>, or null when it is absent or does not compile (reported).</summary>
    internal static FieldFormula? ReadProperty(JsonObject obj, string pointer, string name, FormulaResultType resultType, SchemaReader reader, bool required = false)
    {
        var text = reader.ReadString(obj, pointer, name, required);
        return text is null ? null : Compile(text, JsonPointer.Append(pointer, name), resultType, reader);
    }

    internal static FieldFormula? Compile(string text, string pointer, FormulaResultType resultType, SchemaReader reader)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            reader.Error(pointer, "The formula must not be empty.");
            return null;
        }

        var compilation = FormulaCompiler.Compile(text);
        foreach (var error in compilation.Errors)
        {
            var message = error.Message.Contains("line", StringComparison.OrdinalIgnoreCase)
                ? error.Message
                : $"{error.Message} (line {error.Line}, column {error.Column})";
            reader.Error(pointer, "Formula error: " + message);
        }

        if (compilation.Formula is not { } compiled)
        {
            return null;
        }

        var dependencies = new List<string>();
        var rowDependencies = new List<string>();
        foreach (var written in compiled.References)
        {
            var reference = FieldReference.Parse(written);
            var (list, key) = reference.IsRow ? (rowDependencies, reference.Member!) : (dependencies, reference.Root);
            if (!list.Contains(key))
            {
                list.Add(key);
            }
        }

        return new FieldFormula(compiled, dependencies.AsReadOnly(), rowDependencies.AsReadOnly(), resultType);
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
