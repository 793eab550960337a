using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// A formula of a form (a formula field, a default, a rule, a check or a condition), compiled once when the schema is
/// parsed and shared by every evaluation. <see cref="Dependencies"/> are the keys of the form's fields it reads (a
/// reference <c>lines.amount</c> counts as <c>lines</c>); <see cref="RowDependencies"/> the columns of the current
/// subform row it reads through <c>row.x</c>.
/// </summary>
public sealed class FieldFormula
{
    internal FieldFormula(CompiledFormula compiled, IReadOnlyList<string> dependencies, IReadOnlyList<string> rowDependencies, FormulaResultType resultType)
    {
        Compiled = compiled;
        Dependencies = dependencies;
        RowDependencies = rowDependencies;
        ResultType = resultType;
    }

    /// <summary>The formula as written, e.g. <c>ROUND(price * qty, 2)</c>.</summary>
    public string Text => Compiled.Text;

    /// <summary>The keys of the form's fields the formula reads, in order of first use, without repeats.</summary>
    public IReadOnlyList<string> Dependencies { get; }

    /// <summary>The columns of the current subform row read as <c>row.x</c>; empty outside subforms.</summary>
    public IReadOnlyList<string> RowDependencies { get; }

    public FormulaResultType ResultType { get; }

    /// <summary>The compiled formula, ready for a <see cref="FormulaEvaluator"/>.</summary>
    public CompiledFormula Compiled { get; }
}
