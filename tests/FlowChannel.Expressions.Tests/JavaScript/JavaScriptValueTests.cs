namespace FlowChannel.Expressions.Tests.JavaScript;

public sealed class JavaScriptValueTests
{
    private readonly JavaScriptEvaluator _js = new(ExpressionLimits.Default);

    [Fact]
    public void Expression_text_is_its_own_value() =>
        Assert.Equal(7, _js.Evaluate("3 + 4")!.GetValue<long>());

    [Fact]
    public void Last_expression_statement_is_the_value_after_declarations()
    {
        var result = _js.Evaluate("const a = 2;\nlet b = a * 10;\nb + 1 // trailing comment");
        Assert.Equal(21, result!.GetValue<long>());
    }

    [Fact]
    public void Explicit_top_level_return_is_allowed()
    {
        var result = _js.Evaluate("if (1 > 2) { return 'no'; }\nreturn 'yes';");
        Assert.Equal("yes", result!.GetValue<string>());
    }

    [Fact]
    public void Script_without_a_final_expression_is_null() =>
        Assert.Null(_js.Evaluate("const a = 1;"));

    [Fact]
    public void Objects_and_arrays_become_json()
    {
        var result = _js.Evaluate("({ name: 'x', n: 1.5, ok: true, none: null, list: [1, 'two'], skip: undefined, f() {} })");
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"name":"x","n":1.5,"ok":true,"none":null,"list":[1,"two"]}"""), result));
    }

    [Fact]
    public void Dates_become_iso_strings() =>
        Assert.Equal("1970-01-01T00:00:00.000Z", _js.Evaluate("new Date(0)")!.GetValue<string>());

    [Fact]
    public void Non_finite_numbers_become_null() =>
        Assert.Null(_js.Evaluate("1 / 0"));

    [Fact]
    public void Circular_result_is_refused()
    {
        var error = Assert.Throws<ExpressionException>(() => _js.Evaluate("const a = {}; a.self = a; a"));
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
    }
}
