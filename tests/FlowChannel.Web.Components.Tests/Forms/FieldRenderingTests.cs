namespace FlowChannel.Web.Components.Tests.Forms;

public sealed class FieldRenderingTests : FormTestContext
{
    public static TheoryData<string> Keys => [.. TestSchemas.EveryType.Select(f => JsonNode.Parse(f)!["key"]!.ToString())];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_field_type_renders_its_item(string key)
    {
        var model = new FormModel(TestSchemas.Parse(TestSchemas.EveryType));

        var cut = RenderForm(model, new FakeLookups());

        var item = cut.Find($"[data-field='{key}']");
        Assert.NotNull(item);
    }

    [Theory]
    [InlineData("text", "input")]
    [InlineData("number", "input")]
    [InlineData("time", "input[type=time]")]
    [InlineData("url", "input")]
    [InlineData("location", "input[name='location.lat']")]
    [InlineData("location", "[data-testid=use-my-location]")]
    [InlineData("member", ".rz-dropdown")]
    [InlineData("departments", ".rz-dropdown")]
    [InlineData("link", ".rz-dropdown")]
    [InlineData("image", "input[type=file][accept='image/*']")]
    [InlineData("signature", "canvas[data-testid=signature-canvas]")]
    [InlineData("related", "table")]
    [InlineData("subform", "table [data-row='0'], [data-testid=add-row]")]
    [InlineData("divider", "hr")]
    [InlineData("columns", ".column [data-field=c2] input")]
    [InlineData("formula", "[data-testid=formula-value]")]
    public void Each_type_shows_the_input_that_fits_it(string key, string selector)
    {
        var model = new FormModel(TestSchemas.Parse(TestSchemas.EveryType));
        model.AddRow(model.Schema.FindField("subform")!);

        var cut = RenderForm(model, new FakeLookups());

        Assert.NotEmpty(cut.Find($"[data-field='{key}']").QuerySelectorAll(selector));
    }

    [Fact]
    public void Tabs_render_every_pane_with_its_fields()
    {
        var model = new FormModel(TestSchemas.Parse(
            """{"key": "tabs", "type": "tabs", "tabs": [{"label": "First", "fields": [{"key": "a", "type": "text", "label": "A"}]}, {"label": "Second", "fields": [{"key": "b", "type": "number", "label": "B"}]}]}"""));

        var cut = RenderForm(model);

        var tabs = cut.Find("[data-field=tabs]");
        Assert.Contains("First", tabs.TextContent, StringComparison.Ordinal);
        Assert.Contains("Second", tabs.TextContent, StringComparison.Ordinal);
        Assert.NotNull(tabs.QuerySelector("[data-field=a] input"));
        Assert.NotNull(tabs.QuerySelector("[data-field=b] input"));
    }

    [Fact]
    public void Picker_shows_the_chosen_reference_by_name()
    {
        var model = new FormModel(TestSchemas.Parse("""{"key": "owner", "type": "member", "label": "Owner"}"""));
        model.Set("owner", FieldValues.Reference("u9", "Zhang Wei"));

        var cut = RenderForm(model, new FakeLookups());

        Assert.Contains("Zhang Wei", cut.Find("[data-field=owner]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_follow_the_ui_language()
    {
        var schema = TestSchemas.Order();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var chinese = RenderForm(new FormModel(schema));
            Assert.Contains("类型", chinese.Find("[data-field=kind] label").TextContent, StringComparison.Ordinal);
            Assert.Contains("添加一行", chinese.Find("[data-testid=add-row]").TextContent, StringComparison.Ordinal);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = RenderForm(new FormModel(schema));
            Assert.Contains("Kind", english.Find("[data-field=kind] label").TextContent, StringComparison.Ordinal);
            Assert.Contains("Add row", english.Find("[data-testid=add-row]").TextContent, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
