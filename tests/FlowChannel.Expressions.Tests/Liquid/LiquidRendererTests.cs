namespace FlowChannel.Expressions.Tests.Liquid;

public sealed class LiquidRendererTests
{
    private static readonly Dictionary<string, JsonNode?> Model = new()
    {
        ["Input"] = JsonNode.Parse("""{"record":{"data":{"companyName":"Acme 华东","industries":["it","retail"]}}}"""),
        ["Variables"] = new JsonObject { ["Score"] = 72, ["Ratio"] = 0.5 },
        ["CorrelationId"] = "c-1",
    };

    private readonly LiquidRenderer _liquid = new(ExpressionLimits.Default);

    [Fact]
    public void Renders_nested_members_and_numbers() =>
        Assert.Equal("Acme 华东 scored 72 (0.5) c-1", _liquid.Render(
            "{{ Input.record.data.companyName }} scored {{ Variables.Score }} ({{ Variables.Ratio }}) {{ CorrelationId }}", Model));

    [Fact]
    public void Supports_filters_loops_and_conditions() =>
        Assert.Equal("IT,RETAIL,|pass", _liquid.Render(
            "{% for i in Input.record.data.industries %}{{ i | upcase }},{% endfor %}|{% if Variables.Score >= 60 %}pass{% else %}fail{% endif %}",
            Model));

    [Fact]
    public void Missing_members_render_empty() =>
        Assert.Equal("[]", _liquid.Render("[{{ Input.record.nothing.here }}]", Model));

    [Fact]
    public void Model_is_not_modified_by_assign()
    {
        Assert.Equal("x", _liquid.Render("{% assign Score = 'x' %}{{ Score }}", Model));
        Assert.Equal(72, Model["Variables"]!["Score"]!.GetValue<int>());
    }

    [Fact]
    public void Syntax_error_names_line_and_column()
    {
        var error = Assert.Throws<ExpressionException>(() => _liquid.Render("line one\n{{ Variables.Score | }}", Model));
        Assert.Equal(ExpressionErrorKind.Syntax, error.Kind);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Syntax_check_reports_without_rendering() =>
        Assert.NotNull(LiquidSyntax.Check("{% if %}"));

    [Fact]
    public void Loop_limit_stops_long_loops()
    {
        var liquid = new LiquidRenderer(new ExpressionLimits { LoopLimit = 10 });
        var error = Assert.Throws<ExpressionException>(() => liquid.Render("{% for i in (1..100) %}x{% endfor %}", Model));
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public void Output_limit_stops_huge_output()
    {
        var liquid = new LiquidRenderer(new ExpressionLimits { MaxOutputLength = 50 });
        var error = Assert.Throws<ExpressionException>(() => liquid.Render("{% for i in (1..100) %}xxxxx{% endfor %}", Model));
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
    }

    [Fact]
    public void Dotnet_members_are_not_reachable() =>
        Assert.Equal("[]", _liquid.Render("[{{ CorrelationId.Length }}{{ Input.GetType }}]", Model));

    [Fact]
    public void Renderer_is_reusable_after_a_failure()
    {
        var liquid = new LiquidRenderer(new ExpressionLimits { LoopLimit = 10 });
        Assert.Throws<ExpressionException>(() => liquid.Render("{% for i in (1..100) %}x{% endfor %}", Model));
        Assert.Equal("72", liquid.Render("{{ Variables.Score }}", Model));
    }

    [Fact]
    public void Long_render_stops_at_the_timeout()
    {
        var liquid = new LiquidRenderer(new ExpressionLimits { LoopLimit = int.MaxValue, TimeoutMilliseconds = 100 });
        var error = Assert.Throws<ExpressionException>(() => liquid.Render(
            "{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}", Model));
        Assert.Equal(ExpressionErrorKind.Timeout, error.Kind);
    }

    [Fact]
    public void Renderer_is_reusable_after_a_timeout()
    {
        var liquid = new LiquidRenderer(new ExpressionLimits { LoopLimit = int.MaxValue, TimeoutMilliseconds = 100 });
        Assert.Throws<ExpressionException>(() => liquid.Render("{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}", Model));
        Assert.Equal("c-1", liquid.Render("{{ CorrelationId }}", Model));
    }

    [Theory]
    [InlineData("{{ Input.record.data | json }}", "{\"companyName\":\"Acme 华东\",\"industries\":[\"it\",\"retail\"]}")]
    [InlineData("{{ Variables.Ratio | json }} {{ Input.none | json }} {{ Input.record.data.industries | json }}", "0.5 null [\"it\",\"retail\"]")]
    [InlineData("{{ 'Acme' | base64 }} {{ Variables | base64 }}", "QWNtZQ== eyJTY29yZSI6NzIsIlJhdGlvIjowLjV9")]
    [InlineData("{{ Input.record.data | keys | join: '+' }}|{{ Input.record.data.industries | keys | size }}", "companyName+industries|0")]
    public void Elsa_filters_work_on_the_model(string template, string expected) =>
        Assert.Equal(expected, _liquid.Render(template, Model));

    [Theory]
    [InlineData("{{ Configuration.ConnectionStrings }}", "Configuration is not available")]
    [InlineData("{{ System.IO }}", "System is not available")]
    public void Refused_names_fail_saying_why(string template, string reason)
    {
        var error = Assert.Throws<ExpressionException>(() => _liquid.Render(template, Model));
        Assert.Equal(ExpressionErrorKind.Runtime, error.Kind);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_entry_wins_over_a_refused_name() =>
        Assert.Equal("on", _liquid.Render("{{ Configuration.mode }}", new Dictionary<string, JsonNode?> { ["Configuration"] = new JsonObject { ["mode"] = "on" } }));
}
