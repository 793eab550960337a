namespace FlowChannel.Expressions.Tests.JavaScript;

/// <summary>Simple expressions are answered without Jint; the answers must be exactly Jint's.</summary>
public sealed class ScriptShortcutTests
{
    private static readonly JsonObject Record = JsonNode.Parse("""
        { "id": "r-1", "data": { "name": "Acme", "total": 12, "ratio": 0.5, "comment": "", "zero": 0, "flag": false, "tags": ["a"] } }
        """)!.AsObject();

    private static readonly ScriptGlobals<JsonObject> Globals = new([
        ScriptGlobal.Function<JsonObject>("getRecord", (record, _) => record),
        ScriptGlobal.Function<JsonObject>("getField", (record, args) => record["data"]![args.GetString(0)!]),
        ScriptGlobal.Function<JsonObject>("fail", (_, _) => throw new InvalidOperationException("host failed")),
    ]);

    private readonly JavaScriptEvaluator _js = new(ExpressionLimits.Default);

    [Theory]
    [InlineData("getRecord().id")]
    [InlineData("getRecord().data.name")]
    [InlineData("getRecord()['data']['total']")]
    [InlineData("getRecord().data")]
    [InlineData("getRecord().missing")]
    [InlineData("getField('ratio')")]
    [InlineData("getRecord().data.total >= 12")]
    [InlineData("10 > getRecord().data.total")]
    [InlineData("getRecord().data.total === 12")]
    [InlineData("getRecord().data.comment || null")]
    [InlineData("getRecord().data.zero || 'none'")]
    [InlineData("getRecord().data.flag || true")]
    [InlineData("getRecord().data.zero ?? 5")]
    [InlineData("getRecord().missing ?? 'default'")]
    [InlineData("return getRecord().data.name")]
    public void Shortcut_answers_like_the_engine(string script)
    {
        Assert.NotNull(Globals.GetOrCompile(script).Shortcut);
        var viaShortcut = _js.Evaluate(script, Globals, Record);
        var viaEngine = _js.Evaluate(script.StartsWith("return", StringComparison.Ordinal) ? $"return (0, {script[7..]})" : $"(0, {script})", Globals, Record);

        Assert.True(JsonNode.DeepEquals(viaEngine, viaShortcut), $"{viaEngine?.ToJsonString()} <> {viaShortcut?.ToJsonString()}");
    }

    [Theory]
    [InlineData("getRecord().data.name > 3")]
    [InlineData("getRecord().data.tags.length")]
    [InlineData("getRecord().toString")]
    public void Shortcut_declines_what_needs_javascript_semantics(string script)
    {
        var viaEngine = _js.Evaluate($"(0, {script})", Globals, Record);
        Assert.True(JsonNode.DeepEquals(viaEngine, _js.Evaluate(script, Globals, Record)));
    }

    [Fact]
    public void Reading_below_a_missing_value_is_a_script_error_either_way()
    {
        Assert.Throws<ExpressionException>(() => _js.Evaluate("getRecord().missing.deeper", Globals, Record));
        Assert.Throws<ExpressionException>(() => _js.Evaluate("(0, getRecord().missing.deeper)", Globals, Record));
    }

    [Fact]
    public void Numbers_come_back_the_same_way_from_both_paths() =>
        Assert.Equal(12L, _js.Evaluate("getRecord().data.total", Globals, Record)!.GetValue<long>());

    [Fact]
    public void Scripts_with_statements_are_not_shortcut() =>
        Assert.Null(Globals.GetOrCompile("const r = getRecord(); r.id").Shortcut);

    [Theory]
    [InlineData("fail()")]
    [InlineData("const x = fail(); x")]
    public void Host_exceptions_reach_the_caller_unchanged(string script)
    {
        var error = Assert.Throws<InvalidOperationException>(() => _js.Evaluate(script, Globals, Record));
        Assert.Equal("host failed", error.Message);
    }
}
