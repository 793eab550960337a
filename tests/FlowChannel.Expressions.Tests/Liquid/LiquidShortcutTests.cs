namespace FlowChannel.Expressions.Tests.Liquid;

/// <summary>The shortcut for plain insertions must give exactly Scriban's output, or decline.</summary>
public sealed class LiquidShortcutTests
{
    // Appended to a template, an empty tag takes away its shortcut, so Scriban renders it: the reference output.
    private const string ForceScriban = "{% if true %}{% endif %}";

    private static readonly Dictionary<string, JsonNode?> Model = new()
    {
        ["Input"] = JsonNode.Parse("""{"record":{"data":{"companyName":"Acme 华东","empty":"","none":null,"score":86}}}"""),
        ["Variables"] = new JsonObject
        {
            ["Score"] = 72, ["Negative"] = -5, ["Big"] = 9_007_199_254_740_993L, ["Ratio"] = 0.5, ["Flag"] = true,
            ["Lines"] = "one\ntwo", ["List"] = new JsonArray(1, 2), ["Nothing"] = null,
        },
        ["CorrelationId"] = "c-1",
        ["Parsed"] = JsonNode.Parse("""{"n":12,"d":12.0,"s":"text"}"""),
    };

    private readonly LiquidRenderer _liquid = new(ExpressionLimits.Default);

    [Theory]
    [InlineData("plain text, no insertion")]
    [InlineData("{{ Input.record.data.companyName }} scored {{ Variables.Score }}/100\nnext line")]
    [InlineData("[{{ Variables.Negative }}][{{ Variables.Big }}][{{ Input.record.data.score }}][{{ Parsed.n }}][{{ Parsed.d }}][{{ Parsed.s }}]")]
    [InlineData("[{{ Input.record.data.empty }}][{{ Input.record.data.none }}][{{ Variables.Nothing }}]")]
    [InlineData("[{{ Input.record.nothing.here }}][{{ Input.record.data.none.deeper }}]")]
    [InlineData("a {{- CorrelationId -}} b {{ CorrelationId }}   c")]
    [InlineData("{{ CorrelationId }}{{ CorrelationId }}")]
    public void Renders_what_Scriban_renders(string template)
    {
        var shortcut = LiquidTemplates.Get(template).Shortcut;
        Assert.NotNull(shortcut);
        Assert.True(shortcut.TryRender(Model, null, ExpressionLimits.Default.MaxOutputLength, out var quick));
        Assert.Equal(_liquid.Render(template + ForceScriban, Model), quick);
        Assert.Equal(quick, _liquid.Render(template, Model));
    }

    [Theory]
    [InlineData("{{ Variables.Ratio }}")]
    [InlineData("{{ Variables.Flag }}")]
    [InlineData("{{ Variables.Lines }}")]
    [InlineData("{{ Variables.List }}")]
    [InlineData("{{ Variables }}")]
    [InlineData("{{ CorrelationId.Length }}")]
    [InlineData("{{ Unknown }}")]
    [InlineData("{{ Configuration.secret }}")]
    public void Declines_values_Scriban_must_handle(string template)
    {
        var shortcut = LiquidTemplates.Get(template).Shortcut;
        Assert.NotNull(shortcut);
        Assert.False(shortcut.TryRender(Model, null, ExpressionLimits.Default.MaxOutputLength, out _));
    }

    [Theory]
    [InlineData("{{ CorrelationId | upcase }}")]
    [InlineData("{% if Variables.Score > 1 %}x{% endif %}")]
    [InlineData("{{ Variables[\"Score\"] }}")]
    [InlineData("{{ 'literal' }}")]
    [InlineData("{% assign x = 1 %}{{ x }}")]
    public void Only_plain_insertions_get_a_shortcut(string template) =>
        Assert.Null(LiquidTemplates.Get(template).Shortcut);

    [Fact]
    public void Extra_names_win_over_the_model()
    {
        var extra = new Dictionary<string, JsonNode?> { ["CorrelationId"] = "extra" };
        Assert.Equal("extra", _liquid.Render("{{ CorrelationId }}", Model, extra));
        Assert.Equal("extra", _liquid.Render("{{ CorrelationId }}" + ForceScriban, Model, extra));
    }

    [Fact]
    public void Output_over_the_limit_still_fails()
    {
        var liquid = new LiquidRenderer(new ExpressionLimits { MaxOutputLength = 10 });
        var model = new Dictionary<string, JsonNode?> { ["Text"] = new string('x', 40) };
        var error = Assert.Throws<ExpressionException>(() => liquid.Render("{{ Text }}", model));
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
    }
}
