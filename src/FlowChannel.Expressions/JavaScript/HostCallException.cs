namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// Carries an exception thrown by a host function through Jint, so the evaluator can tell the host's own errors
/// (rethrown as they were) from failures of the script (translated to <see cref="ExpressionException"/>).
/// </summary>
internal sealed class HostCallException : Exception
{
    public HostCallException()
    {
    }

    public HostCallException(string message)
        : base(message)
    {
    }

    public HostCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
