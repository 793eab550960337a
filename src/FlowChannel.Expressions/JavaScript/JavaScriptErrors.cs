using System.Text.RegularExpressions;
using Acornima;
using Jint;
using Jint.Runtime;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>Translates Jint's failures into <see cref="ExpressionException"/>s whose message says what went wrong.</summary>
internal static class JavaScriptErrors
{
    public static ExpressionException Syntax(string description, int line, int column) =>
        new($"JavaScript syntax error at line {line}, column {column}: {description}", ExpressionErrorKind.Syntax, line, column);

    /// <summary>Every failure of an evaluation becomes an ExpressionException; ones Jint does not classify are runtime errors.</summary>
    public static ExpressionException Translate(Exception exception, ExpressionLimits limits) => exception switch
    {
        ExpressionException e => e,
        JavaScriptException e => Runtime(e),
        ScriptPreparationException { InnerException: ParseErrorException p } => Syntax(p.Description, p.LineNumber - 1, p.Column + 1),
        TimeoutException or ExecutionCanceledException or RegexMatchTimeoutException => new(
            $"JavaScript timed out after {limits.TimeoutMilliseconds} ms.", ExpressionErrorKind.Timeout, null, null, exception),
        StatementsCountOverflowException => Limit($"JavaScript executed more than {limits.MaxStatements} statements.", exception),
        MemoryLimitExceededException => Limit($"JavaScript allocated more than {limits.MemoryBytes} bytes.", exception),
        RecursionDepthOverflowException => Limit($"JavaScript calls nested deeper than {limits.MaxRecursionDepth}.", exception),
        _ => new($"JavaScript failed: {exception.Message}", ExpressionErrorKind.Runtime, null, null, exception),
    };

    private static ExpressionException Runtime(JavaScriptException e)
    {
        var start = e.Location.Start;

        // Line 1 of the prepared source is the wrapper's opening; the user's text starts on line 2.
        if (start.Line > 1)
        {
            var line = start.Line - 1;
            var column = start.Column + 1;
            return new($"JavaScript error at line {line}, column {column}: {e.Message}", ExpressionErrorKind.Runtime, line, column, e);
        }

        return new($"JavaScript error: {e.Message}", ExpressionErrorKind.Runtime, null, null, e);
    }

    private static ExpressionException Limit(string message, Exception inner) =>
        new(message, ExpressionErrorKind.LimitExceeded, null, null, inner);
}
