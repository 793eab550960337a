namespace FlowChannel.Expressions;

/// <summary>
/// Limits applied to every evaluation of a user-authored script or template, so that a bad expression
/// fails its record or activity instead of hanging or exhausting the process.
/// </summary>
public sealed record ExpressionLimits
{
    /// <summary>The default limits: 1 s, 16 MB, 100,000 statements, recursion 64, output 100,000 chars, 10,000 loop steps.</summary>
    public static ExpressionLimits Default { get; } = new();

    /// <summary>Wall-clock time one evaluation may take.</summary>
    public int TimeoutMilliseconds { get; init; } = 1000;

    /// <summary>Bytes one JavaScript evaluation may allocate.</summary>
    public long MemoryBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>JavaScript statements one evaluation may execute.</summary>
    public int MaxStatements { get; init; } = 100_000;

    /// <summary>Call depth of JavaScript functions and of template includes/recursion.</summary>
    public int MaxRecursionDepth { get; init; } = 64;

    /// <summary>Characters a rendered template may produce.</summary>
    public int MaxOutputLength { get; init; } = 100_000;

    /// <summary>Iterations one template loop may run.</summary>
    public int LoopLimit { get; init; } = 10_000;
}
