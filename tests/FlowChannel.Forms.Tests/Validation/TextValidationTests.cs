namespace FlowChannel.Forms.Tests.Validation;

public class TextValidationTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "name", "type": "text", "label": "Name", "required": true, "minLength": 2, "maxLength": 5}""",
        """{"key": "code", "type": "text", "label": "Code", "pattern": "^[A-Z]{3}$", "patternMessage": {"zh-CN": "应为三个大写字母", "en": "must be three capital letters"}}""",
        """{"key": "plain", "type": "text", "label": "Plain", "pattern": "^[0-9]+$"}""",
        """{"key": "email", "type": "email", "label": "Email"}""",
        """{"key": "phone", "type": "phone", "label": "Phone"}""",
        """{"key": "notes", "type": "textarea", "label": "Notes"}""");

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name": null}""")]
    [InlineData("""{"name": ""}""")]
    [InlineData("""{"name": "   "}""")]
    public void Required_text_fails_when_missing_null_or_blank(string input) =>
        Assert.Equal(("name", "required"), Code(input));

    [Theory]
    [InlineData("""{"name": "A"}""", "minLength")]
    [InlineData("""{"name": "ABCDEF"}""", "maxLength")]
    [InlineData("""{"name": 12345}""", "type")]
    [InlineData("""{"name": ["Ann"]}""", "type")]
    public void Text_is_checked_for_type_and_length(string input, string code) =>
        Assert.Equal(("name", code), Code(input));

    [Fact]
    public void Length_counts_characters_after_trimming_not_utf16_units()
    {
        Assert.True(TestForms.Validate(Schema, """{"name": "  𠀀𠀁  "}""").IsValid);
        Assert.Equal(("name", "maxLength"), Code("""{"name": "张三李四王五"}"""));
    }

    [Fact]
    public void Text_is_stored_trimmed_with_inner_whitespace_kept()
    {
        var data = TestForms.AssertValid(Schema, """{"name": " Ann ", "notes": "  line 1\nline 2  "}""").Data;

        Assert.Equal("Ann", data["name"]!.GetValue<string>());
        Assert.Equal("line 1\nline 2", data["notes"]!.GetValue<string>());
    }

    [Fact]
    public void Pattern_failure_uses_the_fields_own_message_when_it_has_one()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"name": "Ann", "code": "abc"}"""));

        Assert.Equal(("code", "pattern", "Code: must be three capital letters"), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void Pattern_failure_without_a_message_gets_a_generic_one()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"name": "Ann", "plain": "12a"}"""));

        Assert.Equal(("plain", "pattern", "Plain: is not in the expected format"), (error.Path, error.Code, error.Message));
    }

    [Theory]
    [InlineData("ann@example.com", true)]
    [InlineData("ann.lee+partners@mail.example.com.cn", true)]
    [InlineData("ann@example", false)]
    [InlineData("ann example.com", false)]
    [InlineData("Ann <ann@example.com>", false)]
    [InlineData("ann@@example.com", false)]
    public void Email_must_be_a_plain_deliverable_address(string email, bool valid) =>
        Assert.Equal(valid ? null : "email", CodeOrNull($$"""{"name": "Ann", "email": "{{email}}"}"""));

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("+86 138 0013 8000", true)]
    [InlineData("(021) 5555-0100", false)]
    [InlineData("+1 (415) 555-0100", true)]
    [InlineData("12345", false)]
    [InlineData("phone me", false)]
    [InlineData("１３８００１３８０００", false)]
    public void Phone_accepts_Chinese_mobiles_and_international_numbers(string phone, bool valid) =>
        Assert.Equal(valid ? null : "phone", CodeOrNull($$"""{"name": "Ann", "phone": "{{phone}}"}"""));

    private static (string Path, string Code) Code(string input)
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, input));
        return (error.Path, error.Code);
    }

    private static string? CodeOrNull(string input) => TestForms.Validate(Schema, input).Errors.SingleOrDefault()?.Code;
}
