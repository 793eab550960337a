namespace FlowChannel.Forms.Tests.Schema;

public class FormSchemaParserTests
{
    private const string OneField = """[{"key": "name", "type": "text", "label": "Name"}]""";

    [Fact]
    public void Parse_reads_a_valid_schema()
    {
        var result = FormSchemaParser.Parse($$"""
            {
              "$schema": "./form.schema.json",
              "id": "partner-lead",
              "version": 3,
              "title": {"zh-CN": "线索", "en": "Lead"},
              "description": "Leads from partners",
              "fields": [
                {"key": "name", "type": "text", "label": "Name", "required": true, "maxLength": 20},
                {"key": "kind", "type": "radio", "label": "Kind", "options": [{"value": "a", "label": "A"}]}
              ]
            }
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var schema = result.Schema;
        Assert.Equal(("partner-lead", 3), (schema.Id, schema.Version));
        Assert.Equal("Lead", schema.Title.Resolve(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Leads from partners", schema.Description?.ToString());
        Assert.Equal(["name", "kind"], schema.Fields.Select(f => f.Key));
        Assert.Equal(20, schema.FindField("name")!.MaxLength);
        Assert.Equal("a", Assert.Single(schema.FindField("kind")!.Options).Value);
        Assert.Null(schema.FindField("Name"));
        Assert.Empty(schema.Extensions);
    }

    [Fact]
    public void Parse_defaults_the_version_to_1() =>
        Assert.Equal(1, FormSchemaParser.Parse($$"""{"id": "form-a", "title": "A", "fields": {{OneField}}}""").Schema?.Version);

    [Theory]
    [InlineData($$"""{"title": "A", "fields": {{OneField}}}""", "/id")]
    [InlineData($$"""{"id": "Partner_Form", "title": "A", "fields": {{OneField}}}""", "/id")]
    [InlineData($$"""{"id": "a", "title": "A", "fields": {{OneField}}}""", "/id")]
    [InlineData($$"""{"id": 7, "title": "A", "fields": {{OneField}}}""", "/id")]
    [InlineData($$"""{"id": "form-a", "version": 0, "title": "A", "fields": {{OneField}}}""", "/version")]
    [InlineData($$"""{"id": "form-a", "version": 1.5, "title": "A", "fields": {{OneField}}}""", "/version")]
    [InlineData($$"""{"id": "form-a", "version": "2", "title": "A", "fields": {{OneField}}}""", "/version")]
    [InlineData($$"""{"id": "form-a", "fields": {{OneField}}}""", "/title")]
    [InlineData($$"""{"id": "form-a", "title": "", "fields": {{OneField}}}""", "/title")]
    [InlineData($$"""{"id": "form-a", "title": {}, "fields": {{OneField}}}""", "/title")]
    [InlineData($$"""{"id": "form-a", "title": {"en": 5}, "fields": {{OneField}}}""", "/title/en")]
    [InlineData($$"""{"id": "form-a", "title": {"english": "A"}, "fields": {{OneField}}}""", "/title/english")]
    [InlineData($$"""{"id": "form-a", "title": {"a/b": "A"}, "fields": {{OneField}}}""", "/title/a~1b")]
    [InlineData($$"""{"id": "form-a", "title": "A", "description": 5, "fields": {{OneField}}}""", "/description")]
    [InlineData("""{"id": "form-a", "title": "A"}""", "/fields")]
    [InlineData("""{"id": "form-a", "title": "A", "fields": []}""", "/fields")]
    [InlineData("""{"id": "form-a", "title": "A", "fields": {}}""", "/fields")]
    [InlineData("""{"id": "form-a", "title": "A", "fields": [5]}""", "/fields/0")]
    [InlineData($$"""{"id": "form-a", "Title": "A", "title": "A", "fields": {{OneField}}}""", "/Title")]
    [InlineData("[]", "")]
    public void Parse_reports_root_errors_with_their_pointer(string json, string expectedPointer) =>
        Assert.Equal(expectedPointer, TestForms.SingleError(FormSchemaParser.Parse(json)).Pointer);

    [Fact]
    public void Parse_collects_every_error_instead_of_stopping_at_the_first()
    {
        var result = FormSchemaParser.Parse("""
            {"id": "X", "version": 0, "fields": [
              {"key": "a", "type": "txt", "label": "A"},
              {"key": "b", "type": "number", "label": "B", "min": 5, "max": 1},
              {"key": "A", "type": "text"}
            ]}
            """);

        Assert.Equal(
            ["/id", "/version", "/title", "/fields/0/type", "/fields/1/min", "/fields/2/label", "/fields/2/key"],
            result.Errors.Select(e => e.Pointer));
    }

    [Fact]
    public void Parse_reports_invalid_json_with_line_and_column()
    {
        var error = TestForms.SingleError(FormSchemaParser.Parse("{\n  \"id\": \"form-a\",\n  \"title\": }"));

        Assert.Equal(string.Empty, error.Pointer);
        Assert.StartsWith("Invalid JSON at line 3, column 12:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_counts_columns_in_characters_not_utf8_bytes()
    {
        var error = TestForms.SingleError(FormSchemaParser.Parse("{\n  \"标题\": }"));

        Assert.StartsWith("Invalid JSON at line 2, column 9:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reports_a_duplicate_property_with_its_pointer_and_position()
    {
        var error = TestForms.SingleError(FormSchemaParser.Parse(
            "{\"id\": \"form-a\", \"title\": \"A\", \"fields\": [\n  {\"key\": \"a\", \"type\": \"text\", \"label\": \"A\", \"label\": \"B\"}]}"));

        Assert.Equal("/fields/0/label", error.Pointer);
        Assert.StartsWith("Invalid JSON at line 2, column 46:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_keeps_unknown_root_properties_and_ignores_the_schema_link()
    {
        var result = FormSchemaParser.Parse($$"""
            {"$schema": "./form.schema.json", "id": "form-a", "title": "A", "fields": {{OneField}}, "x-notes": [{"formula": "1 > 0"}]}
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var extension = Assert.Single(result.Schema.Extensions);
        Assert.Equal("x-notes", extension.Key);
        Assert.Equal("1 > 0", extension.Value![0]!["formula"]!.GetValue<string>());
    }
}
