using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Web.Designer;

/// <summary>A problem in a formula, at its line and column (1-based) inside the formula text.</summary>
public sealed record FormulaProblem(string Message, int Line, int Column);

/// <summary>What the formula editor shows under the text: problems with their place, or the result for the sample values.</summary>
public sealed record FormulaCheckResult(IReadOnlyList<FormulaProblem> Problems, JsonNode? Result, string? RuntimeError)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Checks a formula as the editor's user types: the compiler's syntax and unknown-function errors with their
/// position, names that are no field of the form, then a run against sample values in the same sandbox the server uses.
/// </summary>
public static class FormulaCheck
{
    private static readonly FormulaEvaluator Evaluator = new();

    public static FormulaCheckResult Run(string text, IReadOnlyCollection<FormulaReference> known, JsonObject sample)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(sample);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new([], null, null);
        }
        var compilation = FormulaCompiler.Compile(text);
        if (compilation.Formula is not { } formula)
        {
            return new([.. compilation.Errors.Select(e => new FormulaProblem(e.Message, e.Line, e.Column))], null, null);
        }
        var names = known.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = formula.References.Where(r => !names.Contains(r) && !names.Contains(r.Split('.')[0]) && !IsRowLength(r, names)).ToList();
        if (unknown.Count > 0)
        {
            return new([.. unknown.Select(r => new FormulaProblem($"'{r}' is not a field of this form.", 1, Math.Max(1, text.IndexOf(r, StringComparison.Ordinal) + 1)))], null, null);
        }
        var row = sample["row"] as JsonObject;
        var fields = sample.DeepClone().AsObject();
        fields.Remove("row");
        try
        {
            return new([], Evaluator.Evaluate(formula, new FormulaScope(fields, row?.DeepClone().AsObject())), null);
        }
        catch (ExpressionException e)
        {
            return new([], null, e.Message);
        }
    }

    /// <summary>Sample values as the editor's inputs give them: numbers and true/false as such, anything else as text.</summary>
    public static JsonObject Sample(IReadOnlyDictionary<string, string?> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var sample = new JsonObject();
        foreach (var (name, text) in inputs.Where(i => !string.IsNullOrEmpty(i.Value)))
        {
            JsonNode value = decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : bool.TryParse(text, out var flag) ? JsonValue.Create(flag) : JsonValue.Create(text)!;
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                sample[name] = value;
                continue;
            }
            // lines.amount = 5 reads as a one-row subform; row.qty as the current row.
            var (owner, member) = (name[..dot], name[(dot + 1)..]);
            if (owner == "row")
            {
                var current = sample["row"] as JsonObject ?? new JsonObject();
                current[member] = value;
                sample["row"] = current;
            }
            else
            {
                var rows = sample[owner] as JsonArray ?? [new JsonObject()];
                ((JsonObject)rows[0]!)[member] = value;
                sample[owner] = rows;
            }
        }
        return sample;
    }

    private static bool IsRowLength(string reference, HashSet<string> names) =>
        reference.EndsWith(".length", StringComparison.Ordinal) && names.Contains(reference[..^".length".Length]);
}
