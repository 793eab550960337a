namespace FlowChannel.Expressions.Tests.JavaScript;

public sealed class JavaScriptSandboxTests
{
    private readonly JavaScriptEvaluator _js = new(ExpressionLimits.Default);

    [Fact]
    public void No_clr_bridge_is_reachable() =>
        Assert.Equal("undefined undefined", _js.Evaluate("typeof System + ' ' + typeof importNamespace")!.GetValue<string>());

    [Fact]
    public void Eval_is_disabled() =>
        Assert.Throws<ExpressionException>(() => _js.Evaluate("eval('1 + 1')"));

    [Fact]
    public void Function_constructor_is_disabled() =>
        Assert.Throws<ExpressionException>(() => _js.Evaluate("new Function('return 1')()"));

    [Fact]
    public void Built_ins_cannot_be_tampered_with() =>
        Assert.Throws<ExpressionException>(() => _js.Evaluate("Array.prototype.stash = 'secret'"));

    [Fact]
    public void Globals_cannot_be_added() =>
        Assert.Throws<ExpressionException>(() => _js.Evaluate("globalThis.stash = 'secret'"));

    [Fact]
    public void Declarations_do_not_leak_into_later_evaluations()
    {
        _js.Evaluate("var leaked = 'secret'; leaked");
        Assert.Equal("undefined", _js.Evaluate("typeof leaked")!.GetValue<string>());
    }

    [Fact]
    public void Ordinary_built_ins_still_work() =>
        Assert.Equal("2,4,6|3|{\"a\":1}", _js.Evaluate(
            "[3, 1, 2].sort().map(x => x * 2).join(',') + '|' + Math.round(2.5) + '|' + JSON.stringify({ a: 1 })")!.GetValue<string>());
}
