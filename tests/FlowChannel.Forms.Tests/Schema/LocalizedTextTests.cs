namespace FlowChannel.Forms.Tests.Schema;

public class LocalizedTextTests
{
    // Chinese stays readable in the output, so the round trip can compare the authored text.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static LocalizedText Text(string json) => JsonSerializer.Deserialize<LocalizedText>(json)!;

    private static string Resolve(string json, string culture) => Text(json).Resolve(CultureInfo.GetCultureInfo(culture));

    [Theory]
    [InlineData("zh-CN", "公司名称")]
    [InlineData("en", "Company name")]
    [InlineData("en-GB", "Company name")]
    [InlineData("zh-Hans", "公司名称")]
    [InlineData("zh", "公司名称")]
    [InlineData("zh-TW", "公司名称")]
    [InlineData("fr-FR", "Company name")]
    public void Resolve_falls_back_from_culture_to_language_to_English(string culture, string expected) =>
        Assert.Equal(expected, Resolve("""{"zh-CN": "公司名称", "en": "Company name"}""", culture));

    [Fact]
    public void Resolve_walks_parent_cultures_before_other_regions_of_the_language() =>
        Assert.Equal("简体", Resolve("""{"zh-TW": "繁體", "zh-Hans": "简体"}""", "zh-CN"));

    [Fact]
    public void Resolve_uses_the_first_translation_when_nothing_else_matches() =>
        Assert.Equal("名前", Resolve("""{"ja": "名前", "ko": "이름"}""", "fr"));

    [Fact]
    public void Plain_text_resolves_in_every_culture_and_is_stored_under_the_invariant_name()
    {
        var text = LocalizedText.Plain("Name");

        Assert.Equal("Name", text.Resolve(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Name", text.Resolve(CultureInfo.InvariantCulture));
        Assert.Equal("Name", Assert.Single(text.Values, v => v.Key.Length == 0).Value);
    }

    [Fact]
    public void ToString_resolves_in_the_current_UI_culture()
    {
        var text = Text("""{"zh-CN": "城市", "en": "City"}""");
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("城市", text.ToString());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("City", text.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("\"City\"")]
    [InlineData("""{"zh-CN":"城市","en":"City"}""")]
    public void Json_round_trips_in_the_authored_shape(string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(Text(json), Readable));

    [Theory]
    [InlineData("5")]
    [InlineData("{}")]
    [InlineData("""{"en": 5}""")]
    public void Json_that_is_not_text_or_translations_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => Text(json));
}
