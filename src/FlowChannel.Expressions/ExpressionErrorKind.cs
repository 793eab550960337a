namespace FlowChannel.Expressions;

/// <summary>Why an expression failed.</summary>
public enum ExpressionErrorKind
{
    /// <summary>The text does not parse.</summary>
    Syntax,

    /// <summary>The script or template failed while running (thrown error, bad member access…).</summary>
    Runtime,

    /// <summary>The evaluation ran past <see cref="ExpressionLimits.TimeoutMilliseconds"/>.</summary>
    Timeout,

    /// <summary>A statement, memory, recursion, loop or output limit was hit.</summary>
    LimitExceeded,
}
