namespace FlowChannel.Forms.Tests.Schema;

/// <summary>form-schemas/form.schema.json is what editors check files with; it must not drift from the parser.</summary>
public class FormatSchemaTests
{
    private static readonly JsonNode Format = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.FormSchemas, "form.schema.json")))!;

    [Fact]
    public void Format_lists_exactly_the_field_types_the_parser_reads()
    {
        var listed = Format["$defs"]!["field"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(Enum.GetValues<FieldType>().Select(t => JsonSerializer.Serialize(t).Trim('"')), listed);
    }

    [Fact]
    public void Format_uses_the_parsers_id_and_key_patterns()
    {
        Assert.Equal("^[a-z][a-z0-9-]{1,63}$", Format["properties"]!["id"]!["pattern"]!.GetValue<string>());
        Assert.Equal("^[A-Za-z][A-Za-z0-9_]{0,63}$", Format["$defs"]!["field"]!["properties"]!["key"]!["pattern"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(FormSchemaFilesTests.FormFiles), MemberType = typeof(FormSchemaFilesTests))]
    public void Every_form_file_links_the_format_for_editors(string fileName)
    {
        var form = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.FormSchemas, fileName)))!;

        Assert.Equal("./form.schema.json", form["$schema"]?.GetValue<string>());
    }
}
