namespace FlowChannel.Expressions.Tests.JavaScript;

public sealed class ScriptGlobalsTests
{
    private readonly JavaScriptEvaluator _js = new(ExpressionLimits.Default);

    [Fact]
    public void Host_function_receives_context_and_arguments()
    {
        var globals = new ScriptGlobals<string>([
            ScriptGlobal.Function<string>("greet", (context, args) => JsonValue.Create($"{context}, {args.GetString(0)}")),
        ]);
        Assert.Equal("Hello, Ann", _js.Evaluate("greet('Ann')", globals, "Hello")!.GetValue<string>());
    }

    [Fact]
    public void Host_values_are_copies_the_script_cannot_change()
    {
        var record = new JsonObject { ["score"] = 10 };
        var globals = new ScriptGlobals<JsonObject>([ScriptGlobal.Function<JsonObject>("getRecord", (context, _) => context)]);
        _js.Evaluate("const r = getRecord(); r.score = 99; r.score", globals, record);
        Assert.Equal(10, record["score"]!.GetValue<int>());
    }

    [Fact]
    public void Live_object_reads_and_writes_through_the_host()
    {
        var host = new DictionaryHost { ["Score"] = 1 };
        var globals = new ScriptGlobals<DictionaryHost>([ScriptGlobal.LiveObject<DictionaryHost>("variables", h => h)]);
        var result = _js.Evaluate("variables.Score = variables.Score + 41; variables.Score", globals, host);
        Assert.Equal(42, result!.GetValue<long>());
        Assert.Equal(42, host["Score"]!.GetValue<long>());
    }

    [Fact]
    public void Live_object_refuses_unknown_keys()
    {
        var globals = new ScriptGlobals<DictionaryHost>([ScriptGlobal.LiveObject<DictionaryHost>("variables", h => h)]);
        Assert.Throws<ExpressionException>(() => _js.Evaluate("variables.Typo = 1", globals, new DictionaryHost()));
    }

    [Fact]
    public void Same_script_is_compiled_once_per_table()
    {
        var globals = new ScriptGlobals<object?>([]);
        Assert.Same(globals.GetOrCompile("1 + 1"), globals.GetOrCompile("1 + 1"));
    }

    [Fact]
    public void Duplicate_global_names_are_refused() =>
        Assert.Throws<ArgumentException>(() => new ScriptGlobals<object?>([
            ScriptGlobal.Value<object?>("x", _ => null),
            ScriptGlobal.Value<object?>("x", _ => null),
        ]));

    private sealed class DictionaryHost : Dictionary<string, JsonNode?>, IScriptObjectHost
    {
        IEnumerable<string> IScriptObjectHost.Keys => Keys;

        public JsonNode? GetValue(string key) => this[key]?.DeepClone();

        public void SetValue(string key, JsonNode? value) => this[key] = value;
    }
}
