namespace FlowChannel.Expressions.Formulas;

/// <summary>The outcome of <see cref="FormulaCompiler.Compile"/>: a formula ready to evaluate, or the problems that prevent it.</summary>
public sealed class FormulaCompilation
{
    internal FormulaCompilation(CompiledFormula? formula, IReadOnlyList<FormulaDiagnostic> errors)
    {
        Formula = formula;
        Errors = errors;
    }

    /// <summary>The compiled formula; null when <see cref="Errors"/> is not empty.</summary>
    public CompiledFormula? Formula { get; }

    /// <summary>Every syntax error and unknown function, in text order.</summary>
    public IReadOnlyList<FormulaDiagnostic> Errors { get; }

    public bool Succeeded => Formula is not null;

    /// <summary>The compiled formula, or an <see cref="ExpressionException"/> for the first error.</summary>
    public CompiledFormula GetFormulaOrThrow() => Formula ?? throw Errors[0].ToException();
}
