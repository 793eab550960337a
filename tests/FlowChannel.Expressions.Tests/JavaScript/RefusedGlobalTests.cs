namespace FlowChannel.Expressions.Tests.JavaScript;

public sealed class RefusedGlobalTests
{
    private static readonly ScriptGlobals<object?> Globals = new([
        RefusedGlobal.Namespace<object?>("DateTime", "DateTime: use Date."),
        RefusedGlobal.Function<object?>("importNamespace", "importNamespace: no .NET."),
    ]);

    private readonly JavaScriptEvaluator _js = new(ExpressionLimits.Default);

    [Theory]
    [InlineData("DateTime.Now", "DateTime: use Date.")]
    [InlineData("DateTime.Now = 1", "DateTime: use Date.")]
    [InlineData("importNamespace('System.IO')", "importNamespace: no .NET.")]
    public void Touching_a_refused_name_fails_with_its_message(string script, string message) =>
        Assert.Equal(message, Assert.Throws<ExpressionException>(() => _js.Evaluate(script, Globals, null)).Message);

    [Fact]
    public void A_refused_namespace_holds_nothing() =>
        Assert.Equal("object []", _js.Evaluate("typeof DateTime + ' ' + JSON.stringify(Object.keys(DateTime))", Globals, null)!.GetValue<string>());

    [Fact]
    public void Engine_is_usable_after_a_refusal()
    {
        Assert.Throws<ExpressionException>(() => _js.Evaluate("DateTime.Now", Globals, null));
        Assert.Equal(2, _js.Evaluate("1 + 1")!.GetValue<long>());
    }
}
