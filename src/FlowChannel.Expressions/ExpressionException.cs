namespace FlowChannel.Expressions;

/// <summary>
/// Raised for every failure of a user-authored expression: syntax, runtime error, timeout or limit.
/// The message names what failed; <see cref="Line"/>/<see cref="Column"/> locate it in the expression text when known.
/// </summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException()
        : this("The expression failed.")
    {
    }

    public ExpressionException(string message)
        : this(message, ExpressionErrorKind.Runtime)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : this(message, ExpressionErrorKind.Runtime, null, null, innerException)
    {
    }

    public ExpressionException(string message, ExpressionErrorKind kind, int? line = null, int? column = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public ExpressionErrorKind Kind { get; }

    /// <summary>1-based line in the expression text, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column in the expression text, when known.</summary>
    public int? Column { get; }
}
