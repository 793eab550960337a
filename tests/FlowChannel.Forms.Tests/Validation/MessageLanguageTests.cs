namespace FlowChannel.Forms.Tests.Validation;

public class MessageLanguageTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "contactEmail", "type": "email", "label": {"zh-CN": "联系邮箱", "en": "Email"}, "required": true}""",
        """{"key": "teamSize", "type": "number", "label": {"zh-CN": "团队规模", "en": "Team size"}, "max": 1000000}""",
        """{"key": "code", "type": "text", "label": {"zh-CN": "代码", "en": "Code"}, "pattern": "^[A-Z]+$", "patternMessage": {"zh-CN": "只能包含大写字母", "en": "must be capital letters"}}""");

    [Theory]
    [InlineData("zh-CN", "联系邮箱：请输入有效的邮箱地址")]
    [InlineData("zh-TW", "联系邮箱：请输入有效的邮箱地址")]
    [InlineData("en-US", "Email: must be a valid email address")]
    [InlineData("fr-FR", "Email: must be a valid email address")]
    public void Messages_are_Chinese_for_Chinese_readers_and_English_otherwise(string culture, string message) =>
        Assert.Equal(message, TestForms.SingleError(TestForms.Validate(Schema, """{"contactEmail": "nope"}""", culture: culture)).Message);

    [Theory]
    [InlineData("zh-CN", "团队规模：不能大于 1,000,000")]
    [InlineData("en", "Team size: must be at most 1,000,000")]
    public void Limits_in_messages_are_formatted_for_the_reader(string culture, string message) =>
        Assert.Equal(message, Error("""{"contactEmail": "a@b.cn", "teamSize": 2000000}""", culture).Message);

    [Theory]
    [InlineData("zh-CN", "代码：只能包含大写字母")]
    [InlineData("en", "Code: must be capital letters")]
    public void Pattern_messages_are_resolved_in_the_readers_language(string culture, string message) =>
        Assert.Equal(message, Error("""{"contactEmail": "a@b.cn", "code": "abc"}""", culture).Message);

    [Fact]
    public void Required_message_in_Chinese_names_the_field() =>
        Assert.Equal("联系邮箱：此项为必填项", Error("{}", "zh-CN").Message);

    [Fact]
    public void Without_a_culture_the_current_UI_culture_decides()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var result = RecordValidator.Validate(Schema, new JsonObject());

            Assert.Equal("联系邮箱：此项为必填项", Assert.Single(result.Errors).Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_rejected_option_is_echoed_cut_short()
    {
        var schema = TestForms.Schema("""{"key": "kind", "type": "select", "label": "Kind", "options": [{"value": "a", "label": "A"}]}""");

        var error = TestForms.SingleError(TestForms.Validate(schema, $$"""{"kind": "{{new string('x', 500)}}"}"""));

        Assert.Equal($"Kind: \"{new string('x', 40)}…\" is not one of the options", error.Message);
    }

    private static FieldError Error(string input, string culture) =>
        TestForms.SingleError(TestForms.Validate(Schema, input, culture: culture));
}
