namespace FlowChannel.Expressions.Formulas;

/// <summary>One problem found while compiling a formula, located at a 1-based line and column of the formula text.</summary>
public sealed record FormulaDiagnostic(ExpressionErrorKind Kind, string Message, int Line, int Column)
{
    /// <summary>The diagnostic as the exception evaluation would raise.</summary>
    public ExpressionException ToException() => new(Message, Kind, Line, Column);
}
