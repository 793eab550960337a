namespace FlowChannel.Forms.Tests.Schema;

public class FieldTypeTests
{
    [Fact]
    public void Serializer_names_match_the_names_the_parser_reads()
    {
        foreach (var type in Enum.GetValues<FieldType>())
        {
            var name = JsonSerializer.Serialize(type).Trim('"');
            var options = type is FieldType.Radio or FieldType.Select or FieldType.Checkbox or FieldType.MultiSelect
                ? """, "options": [{"value": "x", "label": "X"}]"""
                : type == FieldType.Serial ? """, "format": "{seq:3}" """
                : type == FieldType.Formula ? """, "formula": "1 + 1" """
                : type == FieldType.Link ? """, "link": {"form": "partner-profile", "displayField": "companyName"} """
                : type == FieldType.Related ? """, "related": {"form": "deals", "where": [{"field": "x", "value": "'a'"}], "columns": ["x"]} """
                : type == FieldType.Subform ? """, "fields": [{"key": "q", "type": "number", "label": "Q"}] """
                : type == FieldType.Tabs ? """, "tabs": [{"label": "T", "fields": [{"key": "t1", "type": "text", "label": "T1"}]}] """
                : type == FieldType.Columns ? """, "columns": [{"fields": [{"key": "c1", "type": "text", "label": "C1"}]}, {"fields": [{"key": "c2", "type": "text", "label": "C2"}]}] """
                : string.Empty;

            var schema = TestForms.Schema($$"""{"key": "a", "type": "{{name}}", "label": "A"{{options}}}""");

            Assert.Equal(type, schema.FindField("a")!.Type);
        }
    }
}
