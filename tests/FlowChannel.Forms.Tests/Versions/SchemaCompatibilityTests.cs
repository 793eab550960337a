using FlowChannel.Forms.Versions;

namespace FlowChannel.Forms.Tests.Versions;

public sealed class SchemaCompatibilityTests
{
    private const string Amount = """{"key": "amount", "type": "number", "label": "Amount"}""";
    private const string Tier = """{"key": "tier", "type": "select", "label": "Tier", "options": [{"value": "core", "label": "Core"}, {"value": "ordinary", "label": "Ordinary"}]}""";

    [Fact]
    public void Identical_fields_in_a_later_version_have_no_problems()
    {
        Assert.Empty(SchemaCompatibility.Check(Form(1, Amount, Tier), Form(2, Amount, Tier)));
    }

    [Fact]
    public void Lossy_type_change_is_refused_with_the_field_pointer_and_reason()
    {
        var problems = SchemaCompatibility.Check(
            Form(1, Tier, """{"key": "note", "type": "text", "label": "Note"}"""),
            Form(2, Tier, """{"key": "note", "type": "number", "label": "Note"}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(CompatibilityKind.Refusal, problem.Kind);
        Assert.Equal("/fields/1/type", problem.Path);
        Assert.Equal(CompatibilityCodes.LossyTypeChange, problem.Code);
        Assert.Equal("note", problem.FieldKey);
        Assert.Contains("\"note\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("from text to number", problem.Message, StringComparison.Ordinal);
        Assert.Contains("not numbers", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiselect_to_select_is_refused_because_choices_would_be_dropped()
    {
        var problem = Assert.Single(SchemaCompatibility.Check(
            Form(1, Tier.Replace("\"select\"", "\"multiselect\"", StringComparison.Ordinal)),
            Form(2, Tier)));
        Assert.True(problem.IsRefusal);
        Assert.Contains("several choices", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("number", "money")]
    [InlineData("number", "percent")]
    [InlineData("text", "textarea")]
    [InlineData("select", "radio")]
    [InlineData("radio", "select")]
    [InlineData("select", "multiselect")]
    [InlineData("checkbox", "multiselect")]
    [InlineData("multiselect", "checkbox")]
    [InlineData("date", "datetime")]
    [InlineData("url", "text")]
    [InlineData("member", "members")]
    public void Widening_type_changes_are_allowed(string from, string to)
    {
        Assert.DoesNotContain(SchemaCompatibility.Check(Form(1, Field(from)), Form(2, Field(to))), p => p.IsRefusal);
    }

    [Theory]
    [InlineData("text", "number")]
    [InlineData("number", "text")]
    [InlineData("textarea", "text")]
    [InlineData("multiselect", "select")]
    [InlineData("datetime", "date")]
    [InlineData("money", "number")]
    [InlineData("switch", "text")]
    [InlineData("attachment", "text")]
    [InlineData("members", "member")]
    [InlineData("text", "url")]
    public void Other_type_changes_are_refused(string from, string to)
    {
        var problem = Assert.Single(SchemaCompatibility.Check(Form(1, Field(from)), Form(2, Field(to))));
        Assert.Equal(CompatibilityCodes.LossyTypeChange, problem.Code);
    }

    [Fact]
    public void Every_listed_safe_change_is_between_different_types()
    {
        Assert.All(TypeConversions.SafeChanges, c => Assert.NotEqual(c.From, c.To));
        Assert.False(TypeConversions.IsSafe(FieldType.MultiSelect, FieldType.Select));
        Assert.True(TypeConversions.IsSafe(FieldType.Formula, FieldType.Formula));
    }

    [Fact]
    public void Removed_option_is_a_warning_naming_the_value()
    {
        var problem = Assert.Single(SchemaCompatibility.Check(
            Form(1, Tier),
            Form(2, Tier.Replace("""{"value": "core", "label": "Core"}, """, "", StringComparison.Ordinal))));
        Assert.Equal(CompatibilityKind.Warning, problem.Kind);
        Assert.Equal(CompatibilityCodes.OptionRemoved, problem.Code);
        Assert.Equal("/fields/0/options", problem.Path);
        Assert.Contains("\"core\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removed_field_is_information_keyed_by_the_field()
    {
        var problem = Assert.Single(SchemaCompatibility.Check(Form(1, Amount, Tier), Form(2, Tier)));
        Assert.Equal(CompatibilityKind.Info, problem.Kind);
        Assert.Equal(CompatibilityCodes.FieldRemoved, problem.Code);
        Assert.Equal("amount", problem.Path);
        Assert.Contains("keep their value", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Added_field_is_information_at_its_place()
    {
        var problem = Assert.Single(SchemaCompatibility.Check(Form(1, Tier), Form(2, Tier, Amount)));
        Assert.Equal(CompatibilityKind.Info, problem.Kind);
        Assert.Equal(CompatibilityCodes.FieldAdded, problem.Code);
        Assert.Equal("/fields/1", problem.Path);
    }

    [Fact]
    public void Value_field_turned_into_a_section_counts_as_removed_not_lossy()
    {
        var problem = Assert.Single(SchemaCompatibility.Check(
            Form(1, Tier, Amount),
            Form(2, Tier, """{"key": "amount", "type": "section", "label": "Amount"}""")));
        Assert.Equal(CompatibilityCodes.FieldRemoved, problem.Code);
        Assert.Equal("/fields/1/type", problem.Path);
    }

    [Fact]
    public void Different_id_and_same_version_are_refused()
    {
        var problems = SchemaCompatibility.Check(Form(2, Amount), Form(2, Amount, id: "other-form"));
        Assert.Equal(["/id", "/version"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.True(p.IsRefusal));
    }

    [Fact]
    public void Field_inside_a_tab_is_reported_at_its_place_in_the_file()
    {
        const string Tabs = """
            {"key": "pages", "type": "tabs", "tabs": [
              {"label": "One", "fields": [{"key": "a", "type": "text", "label": "A"}]},
              {"label": "Two", "fields": [{"key": "b", "type": "{{type}}", "label": "B"}]}]}
            """;
        var problem = Assert.Single(SchemaCompatibility.Check(
            Form(1, Tier, Tabs.Replace("{{type}}", "text", StringComparison.Ordinal)),
            Form(2, Tier, Tabs.Replace("{{type}}", "number", StringComparison.Ordinal))));
        Assert.Equal("/fields/1/tabs/1/fields/0/type", problem.Path);
        Assert.Equal("b", problem.FieldKey);
    }

    [Fact]
    public void Subform_columns_are_compared_within_their_subform()
    {
        const string Lines = """
            {"key": "lines", "type": "subform", "label": "Lines", "fields": [
              {"key": "product", "type": "text", "label": "Product"},
              {"key": "quantity", "type": "{{type}}", "label": "Quantity"}{{more}}]}
            """;
        var problems = SchemaCompatibility.Check(
            Form(1, Lines.Replace("{{type}}", "number", StringComparison.Ordinal).Replace("{{more}}", """, {"key": "note", "type": "text", "label": "Note"}""", StringComparison.Ordinal)),
            Form(2, Lines.Replace("{{type}}", "text", StringComparison.Ordinal).Replace("{{more}}", "", StringComparison.Ordinal)));

        var refusal = Assert.Single(problems, p => p.IsRefusal);
        Assert.Equal("/fields/0/fields/1/type", refusal.Path);
        Assert.Contains("\"lines.quantity\"", refusal.Message, StringComparison.Ordinal);
        var removed = Assert.Single(problems, p => p.Code == CompatibilityCodes.FieldRemoved);
        Assert.Equal("lines.note", removed.Path);
    }

    [Fact]
    public void Kind_serializes_in_lower_case()
    {
        Assert.Equal("\"warning\"", JsonSerializer.Serialize(CompatibilityKind.Warning));
    }

    private static string Field(string type) => type switch
    {
        "select" or "radio" or "checkbox" or "multiselect" =>
            $$"""{"key": "f", "type": "{{type}}", "label": "F", "options": [{"value": "a", "label": "A"}]}""",
        _ => $$"""{"key": "f", "type": "{{type}}", "label": "F"}""",
    };

    private static FormSchema Form(int version, string field, string? second = null, string id = "test-form")
    {
        var fields = second is null ? field : field + ", " + second;
        var result = FormSchemaParser.Parse($$"""{"id": "{{id}}", "version": {{version}}, "title": "Test", "fields": [{{fields}}]}""");
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Schema;
    }
}
