using FlowChannel.Expressions.JavaScript;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// A formula parsed and prepared once; immutable and shared by every evaluation and thread.
/// <see cref="References"/> lists what it reads: a field key (<c>price</c>), a current-row column (<c>row.qty</c>) or a
/// member of a field (<c>lines.amount</c>, a subform column), in order of first use.
/// </summary>
public sealed class CompiledFormula
{
    internal CompiledFormula(string text, IReadOnlyList<string> references, IReadOnlyList<string> functions, CompiledScript script, FormulaBinding[] bindings)
    {
        Text = text;
        References = references;
        Functions = functions;
        Script = script;
        Bindings = bindings;
    }

    public string Text { get; }

    /// <summary>Field references: <c>key</c>, <c>row.key</c> or <c>key.member</c> (a subform column).</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>The library functions the formula calls, e.g. <c>SUM</c>.</summary>
    public IReadOnlyList<string> Functions { get; }

    internal CompiledScript Script { get; }

    /// <summary>The exact decimal form, when the formula only uses what <see cref="DecimalFormula"/> covers.</summary>
    internal DecimalFormula? Fast { get; init; }

    /// <summary>Whether the formula usually computes without the JavaScript engine (for tests and diagnostics).</summary>
    public bool HasFastPath => Fast is not null;

    /// <summary>What each parameter of the prepared function is bound to, in parameter order.</summary>
    internal FormulaBinding[] Bindings { get; }
}

/// <summary>A parameter of a compiled formula: a library function, the current row, or a field (with the subform columns read from it).</summary>
internal sealed record FormulaBinding(string Name, int FunctionIndex, string[] Members)
{
    public bool IsFunction => FunctionIndex >= 0;
}
