namespace FlowChannel.Expressions.Tests.JavaScript;

public sealed class JavaScriptErrorTests
{
    private readonly JavaScriptEvaluator _js = new(ExpressionLimits.Default);

    [Fact]
    public void Syntax_error_names_line_and_column_of_the_users_text()
    {
        var error = Assert.Throws<ExpressionException>(() => _js.Evaluate("const a = 1;\nconst b = (a +;"));
        Assert.Equal(ExpressionErrorKind.Syntax, error.Kind);
        Assert.Equal(2, error.Line);
        Assert.Equal(15, error.Column);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_check_reports_without_running() =>
        Assert.Equal(1, JavaScriptSyntax.Check("return (")?.Line);

    [Fact]
    public void Syntax_check_accepts_valid_script() =>
        Assert.Null(JavaScriptSyntax.Check("return getScore() >= 60"));

    [Fact]
    public void Runtime_error_names_the_line_and_message()
    {
        var error = Assert.Throws<ExpressionException>(() => _js.Evaluate("const a = 1;\nmissing();"));
        Assert.Equal(ExpressionErrorKind.Runtime, error.Kind);
        Assert.Equal(2, error.Line);
        Assert.Contains("missing is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thrown_error_message_is_kept()
    {
        var error = Assert.Throws<ExpressionException>(() => _js.Evaluate("throw new Error('credit check failed')"));
        Assert.Contains("credit check failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_assignment_fails_in_strict_mode()
    {
        var error = Assert.Throws<ExpressionException>(() => _js.Evaluate("total = 5; total"));
        Assert.Contains("total", error.Message, StringComparison.Ordinal);
    }
}
