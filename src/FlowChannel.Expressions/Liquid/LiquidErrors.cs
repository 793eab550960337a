using Scriban.Syntax;

namespace FlowChannel.Expressions.Liquid;

/// <summary>Translates Scriban's runtime failures into <see cref="ExpressionException"/>s.</summary>
internal static class LiquidErrors
{
    public static ExpressionException Translate(Exception exception, ExpressionLimits limits)
    {
        if (exception is ScriptAbortException or OperationCanceledException)
        {
            return new($"Liquid template timed out after {limits.TimeoutMilliseconds} ms.", ExpressionErrorKind.Timeout, null, null, exception);
        }

        if (exception is not ScriptRuntimeException e)
        {
            // Scriban argument and conversion errors that carry no position.
            return new($"Liquid error: {exception.Message}", ExpressionErrorKind.Runtime, null, null, exception);
        }

        var line = e.Span.Start.Line + 1;
        var column = e.Span.Start.Column + 1;

        // Scriban reports its limits (LoopLimit, RecursiveLimit, OutputLimit…) as plain runtime errors naming the limit.
        var kind = e.OriginalMessage.Contains("Limit", StringComparison.Ordinal)
            ? ExpressionErrorKind.LimitExceeded
            : ExpressionErrorKind.Runtime;
        return new($"Liquid error at line {line}, column {column}: {e.OriginalMessage}", kind, line, column, e);
    }
}
