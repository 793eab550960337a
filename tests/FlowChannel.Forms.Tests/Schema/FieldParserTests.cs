namespace FlowChannel.Forms.Tests.Schema;

public class FieldParserTests
{
    private static SchemaError ErrorFor(params string[] fields) => TestForms.SingleError(TestForms.ParseWithFields(fields));

    [Theory]
    [InlineData("""{"type": "text", "label": "A"}""", "/fields/0/key")]
    [InlineData("""{"key": "1st", "type": "text", "label": "A"}""", "/fields/0/key")]
    [InlineData("""{"key": "first-name", "type": "text", "label": "A"}""", "/fields/0/key")]
    [InlineData("""{"key": "a", "label": "A"}""", "/fields/0/type")]
    [InlineData("""{"key": "a", "type": "text"}""", "/fields/0/label")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "required": "yes"}""", "/fields/0/required")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "minLength": -1}""", "/fields/0/minLength")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "maxLength": 2.5}""", "/fields/0/maxLength")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "minLength": 5, "maxLength": 4}""", "/fields/0/minLength")]
    [InlineData("""{"key": "a", "type": "number", "label": "A", "min": 10, "max": 9}""", "/fields/0/min")]
    [InlineData("""{"key": "a", "type": "number", "label": "A", "min": "1"}""", "/fields/0/min")]
    [InlineData("""{"key": "a", "type": "number", "label": "A", "precision": 11}""", "/fields/0/precision")]
    [InlineData("""{"key": "a", "type": "number", "label": "A", "precision": -1}""", "/fields/0/precision")]
    [InlineData("""{"key": "a", "type": "money", "label": "A", "currency": "rmb"}""", "/fields/0/currency")]
    [InlineData("""{"key": "a", "type": "rating", "label": "A", "max": 11}""", "/fields/0/max")]
    [InlineData("""{"key": "a", "type": "multiselect", "label": "A", "options": [{"value": "x", "label": "X"}], "maxItems": 0}""", "/fields/0/maxItems")]
    [InlineData("""{"key": "a", "type": "select", "label": "A"}""", "/fields/0/options")]
    [InlineData("""{"key": "a", "type": "checkbox", "label": "A", "options": []}""", "/fields/0/options")]
    [InlineData("""{"key": "a", "type": "radio", "label": "A", "options": [{"value": "x"}]}""", "/fields/0/options/0/label")]
    [InlineData("""{"key": "a", "type": "radio", "label": "A", "options": [{"value": " x", "label": "X"}]}""", "/fields/0/options/0/value")]
    [InlineData("""{"key": "a", "type": "radio", "label": "A", "options": [{"value": "x", "label": "X", "color": "red"}]}""", "/fields/0/options/0/color")]
    [InlineData("""{"key": "a", "type": "radio", "label": "A", "options": ["x"]}""", "/fields/0/options/0")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "min": 1}""", "/fields/0/min")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "options": [{"value": "x", "label": "X"}]}""", "/fields/0/options")]
    [InlineData("""{"key": "a", "type": "section", "label": "A", "required": true}""", "/fields/0/required")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "ReadOnly": true}""", "/fields/0/ReadOnly")]
    public void Parse_reports_field_errors_with_their_pointer(string field, string expectedPointer) =>
        Assert.Equal(expectedPointer, ErrorFor(field).Pointer);

    [Fact]
    public void Parse_lists_the_allowed_types_for_an_unknown_type()
    {
        var error = ErrorFor("""{"key": "a", "type": "txt", "label": "A"}""");

        Assert.Equal("/fields/0/type", error.Pointer);
        Assert.Contains("\"txt\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("text, textarea, number, money, percent, date, datetime, time, radio, checkbox, select, multiselect, switch, email, phone, rating, attachment, address, serial, formula, url, location, member, members, department, departments, image, signature, link, related, subform, section, description, divider, tabs, columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reports_duplicate_keys_with_pointer()
    {
        var error = ErrorFor(
            """{"key": "city", "type": "text", "label": "City"}""",
            """{"key": "name", "type": "text", "label": "Name"}""",
            """{"key": "City", "type": "text", "label": "City again"}""");

        Assert.Equal("/fields/2/key", error.Pointer);
        Assert.Contains("/fields/0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reports_duplicate_option_values_with_pointer()
    {
        var error = ErrorFor("""{"key": "a", "type": "select", "label": "A", "options": [{"value": "x", "label": "X"}, {"value": "x", "label": "Y"}]}""");

        Assert.Equal("/fields/0/options/1/value", error.Pointer);
    }

    [Fact]
    public void Parse_reports_a_pattern_that_does_not_compile_with_the_regex_error()
    {
        var error = ErrorFor("""{"key": "a", "type": "text", "label": "A", "pattern": "^(ab$"}""");

        Assert.Equal("/fields/0/pattern", error.Pointer);
        Assert.Contains("Not enough )'s", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "maxLength": 3, "defaultValue": "abcd"}""")]
    [InlineData("""{"key": "a", "type": "number", "label": "A", "max": 10, "defaultValue": 11}""")]
    [InlineData("""{"key": "a", "type": "select", "label": "A", "options": [{"value": "x", "label": "X"}], "defaultValue": "y"}""")]
    [InlineData("""{"key": "a", "type": "switch", "label": "A", "defaultValue": "on"}""")]
    public void Parse_reports_a_default_value_the_field_itself_would_reject(string field) =>
        Assert.Equal("/fields/0/defaultValue", ErrorFor(field).Pointer);

    [Fact]
    public void Parse_stores_the_default_value_normalized()
    {
        var schema = TestForms.Schema(
            """{"key": "amount", "type": "money", "label": "A", "defaultValue": "12.50"}""",
            """{"key": "note", "type": "text", "label": "N", "defaultValue": ""}""");

        Assert.Equal(12.5m, schema.FindField("amount")!.DefaultValue!.GetValue<decimal>());
        Assert.Null(schema.FindField("note")!.DefaultValue);
    }

    [Fact]
    public void Parse_keeps_unknown_field_properties_in_extensions()
    {
        var field = TestForms.Schema("""{"key": "total", "type": "number", "label": "Total", "showAs": "SUM(a, b)", "x-designer": {"field": "a"}}""")
            .FindField("total")!;

        Assert.Equal(["showAs", "x-designer"], field.Extensions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("SUM(a, b)", field.Extensions["showAs"]!.GetValue<string>());
        Assert.Equal("a", field.Extensions["x-designer"]!["field"]!.GetValue<string>());
        Assert.Null(field.Extensions["showAs"]!.Parent);
    }

    [Fact]
    public void Parse_reads_every_known_field_property()
    {
        var field = TestForms.Schema("""
            {"key": "teamSize", "type": "number", "label": {"zh-CN": "团队规模", "en": "Team size"}, "placeholder": "0",
             "help": "Staff", "required": true, "hidden": true, "readOnly": true, "min": 1, "max": 1000,
             "precision": 0, "unit": {"zh-CN": "人", "en": "people"}}
            """).FindField("teamSize")!;

        Assert.Equal(FieldType.Number, field.Type);
        Assert.Equal("团队规模", field.Label.Resolve(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(("0", "Staff"), (field.Placeholder?.ToString(), field.Help?.ToString()));
        Assert.True(field.Required && field.Hidden && field.ReadOnly && field.HasValue);
        Assert.False(field.IsChoice);
        Assert.Equal((1m, 1000m, 0), (field.Min, field.Max, field.Precision));
        Assert.Equal("人", field.UnitText!.Resolve(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Empty(field.Options);
    }

    [Theory]
    [InlineData("section", false, false)]
    [InlineData("description", false, false)]
    [InlineData("multiselect", true, true)]
    [InlineData("date", true, false)]
    public void Field_kind_flags_follow_the_type(string type, bool hasValue, bool isChoice)
    {
        var options = isChoice ? """, "options": [{"value": "x", "label": "X"}]""" : string.Empty;
        var field = TestForms.Schema($$"""{"key": "a", "type": "{{type}}", "label": "A"{{options}}}""").FindField("a")!;

        Assert.Equal((hasValue, isChoice), (field.HasValue, field.IsChoice));
    }
}
