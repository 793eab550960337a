namespace FlowChannel.Expressions.Tests.JavaScript;

public sealed class JavaScriptLimitTests
{
    [Fact]
    public void Endless_loop_stops_at_the_statement_limit()
    {
        var js = new JavaScriptEvaluator(ExpressionLimits.Default);
        var error = Assert.Throws<ExpressionException>(() => js.Evaluate("while (true) {}"));
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("statements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_loop_stops_at_the_timeout_when_statements_are_unlimited()
    {
        var js = new JavaScriptEvaluator(new ExpressionLimits { MaxStatements = int.MaxValue, TimeoutMilliseconds = 200 });
        var error = Assert.Throws<ExpressionException>(() => js.Evaluate("while (true) {}"));
        Assert.Equal(ExpressionErrorKind.Timeout, error.Kind);
    }

    [Fact]
    public void Runaway_allocation_stops_at_the_memory_limit()
    {
        var js = new JavaScriptEvaluator(new ExpressionLimits { MaxStatements = int.MaxValue, MemoryBytes = 4 * 1024 * 1024 });
        var error = Assert.Throws<ExpressionException>(() => js.Evaluate("const a = []; while (true) { a.push('x'.repeat(100) + a.length); }"));
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("allocated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocation_by_the_last_statement_is_counted()
    {
        // No statement follows the one that builds the value, so Jint's own check between statements never sees it.
        var js = new JavaScriptEvaluator(ExpressionLimits.Default);
        var error = Assert.Throws<ExpressionException>(() => js.Evaluate("'x'.repeat(64 * 1024 * 1024)"));
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("allocated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_recursion_stops_at_the_recursion_limit()
    {
        var js = new JavaScriptEvaluator(ExpressionLimits.Default);
        var error = Assert.Throws<ExpressionException>(() => js.Evaluate("function f(n) { return f(n + 1); }\nf(0)"));
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public void Engine_is_usable_after_a_failed_evaluation()
    {
        var js = new JavaScriptEvaluator(ExpressionLimits.Default);
        Assert.Throws<ExpressionException>(() => js.Evaluate("while (true) {}"));
        Assert.Equal(2, js.Evaluate("1 + 1")!.GetValue<long>());
    }
}
