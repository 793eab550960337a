namespace FlowChannel.Forms.Tests.Validation;

public class WriteModeTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "name", "type": "text", "label": "Name"}""",
        """{"key": "score", "type": "number", "label": "Score", "readOnly": true, "required": true}""",
        """{"key": "secret", "type": "text", "label": "Secret", "hidden": true}""",
        """{"key": "intro", "type": "section", "label": "Intro"}""",
        """{"key": "status", "type": "select", "label": "Status", "defaultValue": "prospect", "options": [{"value": "prospect", "label": "Prospect"}, {"value": "active", "label": "Active"}]}""",
        """{"key": "internalTag", "type": "text", "label": "Tag", "hidden": true, "defaultValue": "web"}""");

    [Fact]
    public void Client_writes_drop_hidden_and_read_only_values_silently()
    {
        var result = TestForms.AssertValid(Schema, """{"name": "Ann", "score": 99, "secret": "x", "internalTag": "forged"}""");

        Assert.Equal("""{"name":"Ann","status":"prospect"}""", result.Data.ToJsonString());
    }

    [Fact]
    public void System_writes_keep_hidden_and_read_only_values()
    {
        var result = TestForms.AssertValid(Schema, """{"name": "Ann", "score": 99, "secret": "x"}""", RecordWriteMode.System);

        Assert.Equal("""{"name":"Ann","score":99,"secret":"x","status":"prospect","internalTag":"web"}""", result.Data.ToJsonString());
    }

    [Fact]
    public void System_writes_enforce_required_read_only_fields()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"name": "Ann"}""", RecordWriteMode.System));

        Assert.Equal(("score", "required"), (error.Path, error.Code));
    }

    [Fact]
    public void System_writes_still_check_hidden_values()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"score": "high"}""", RecordWriteMode.System));

        Assert.Equal(("score", "type"), (error.Path, error.Code));
    }

    [Fact]
    public void Display_only_fields_are_ignored()
    {
        var result = TestForms.AssertValid(Schema, """{"intro": "anything"}""");

        Assert.False(result.Data.ContainsKey("intro"));
    }

    [Theory]
    [InlineData(RecordWriteMode.Client)]
    [InlineData(RecordWriteMode.System)]
    public void Unknown_keys_are_reported_at_their_key(RecordWriteMode mode)
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"name": "Ann", "Name": "Bob", "score": 1}""", mode));

        Assert.Equal(("Name", "unknownField", "Name: is not a field of this form"), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void Defaults_fill_missing_fields_but_not_fields_sent_empty()
    {
        Assert.Equal("prospect", TestForms.AssertValid(Schema, "{}").Data["status"]!.GetValue<string>());
        Assert.False(TestForms.AssertValid(Schema, """{"status": ""}""").Data.ContainsKey("status"));
        Assert.Equal("active", TestForms.AssertValid(Schema, """{"status": "active"}""").Data["status"]!.GetValue<string>());
    }

    [Fact]
    public void Missing_optional_fields_are_omitted_and_a_null_input_is_an_empty_record()
    {
        var result = RecordValidator.Validate(Schema, null, RecordWriteMode.Client, CultureInfo.InvariantCulture);

        Assert.True(result.IsValid);
        Assert.Equal("""{"status":"prospect"}""", result.Data.ToJsonString());
    }

    [Fact]
    public void Data_is_a_new_object_that_shares_no_nodes_with_the_input_or_schema()
    {
        var input = JsonNode.Parse("""{"name": "Ann"}""")!.AsObject();

        var first = RecordValidator.Validate(Schema, input);
        var second = RecordValidator.Validate(Schema, input);
        first.Data["status"] = "active";

        Assert.NotSame(input, first.Data);
        Assert.Equal("prospect", second.Data["status"]!.GetValue<string>());
        Assert.Equal("prospect", Schema.FindField("status")!.DefaultValue!.GetValue<string>());
        Assert.Equal("""{"name":"Ann"}""", input.ToJsonString());
    }
}
