namespace FlowChannel.Forms.Tests.Validation;

public class ChoiceValidationTests
{
    private const string Options = """[{"value": "retail", "label": "Retail"}, {"value": "finance", "label": "Finance"}, {"value": "energy", "label": "Energy"}]""";

    private static readonly FormSchema Schema = TestForms.Schema(
        $$"""{"key": "kind", "type": "select", "label": "Kind", "options": {{Options}}}""",
        $$"""{"key": "size", "type": "radio", "label": "Size", "options": {{Options}}}""",
        $$"""{"key": "industries", "type": "multiselect", "label": "Industries", "required": true, "maxItems": 2, "options": {{Options}}}""",
        $$"""{"key": "tags", "type": "checkbox", "label": "Tags", "options": {{Options}}}""",
        """{"key": "active", "type": "switch", "label": "Active", "required": true}""");

    [Theory]
    [InlineData("""{"kind": "mining"}""", "kind", "option")]
    [InlineData("""{"size": "Retail"}""", "size", "option")]
    [InlineData("""{"kind": ["retail"]}""", "kind", "type")]
    [InlineData("""{"industries": ["retail", "mining"]}""", "industries[1]", "option")]
    [InlineData("""{"industries": ["retail", 3]}""", "industries[1]", "type")]
    [InlineData("""{"industries": ["retail", "finance", "energy"]}""", "industries", "maxItems")]
    [InlineData("""{"industries": {"retail": true}}""", "industries", "type")]
    [InlineData("""{"tags": ["energy", "x", "finance"]}""", "tags[1]", "option")]
    [InlineData("""{"active": "yes"}""", "active", "type")]
    [InlineData("""{"industries": []}""", "industries", "required")]
    [InlineData("""{"active": null}""", "active", "required")]
    public void Choices_must_be_option_values_of_the_right_shape(string input, string path, string code)
    {
        var withRequired = JsonNode.Parse(input)!.AsObject();
        withRequired.TryAdd("industries", new JsonArray("retail"));
        withRequired.TryAdd("active", true);

        var result = RecordValidator.Validate(Schema, withRequired, culture: CultureInfo.InvariantCulture);

        var error = TestForms.SingleError(result);
        Assert.Equal((path, code), (error.Path, error.Code));
    }

    [Fact]
    public void Multiple_choices_are_stored_as_arrays_without_repeats()
    {
        var data = TestForms.AssertValid(Schema, """{"industries": ["finance", " retail", "finance"], "tags": "energy", "active": false, "kind": "retail "}""").Data;

        Assert.Equal("""{"kind":"retail","industries":["finance","retail"],"tags":["energy"],"active":false}""", data.ToJsonString());
    }
}
