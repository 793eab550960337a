using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// The formula of a <see cref="FieldType.Formula"/> field, compiled once when the schema is parsed and shared by every
/// validation. <see cref="Dependencies"/> are the keys of the fields it reads (a reference <c>a.b</c> counts as <c>a</c>).
/// </summary>
public sealed class FieldFormula
{
    internal FieldFormula(CompiledFormula compiled, IReadOnlyList<string> dependencies, FormulaResultType resultType)
    {
        Compiled = compiled;
        Dependencies = dependencies;
        ResultType = resultType;
    }

    /// <summary>The formula as written, e.g. <c>ROUND(price * qty, 2)</c>.</summary>
    public string Text => Compiled.Text;

    /// <summary>The keys of the fields the formula reads, in order of first use, without repeats.</summary>
    public IReadOnlyList<string> Dependencies { get; }

    public FormulaResultType ResultType { get; }

    /// <summary>The compiled formula, ready for a <see cref="FormulaEvaluator"/>.</summary>
    public CompiledFormula Compiled { get; }
}
