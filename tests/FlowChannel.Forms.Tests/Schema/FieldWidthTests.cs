using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Tests.Schema;

/// <summary>The <c>width</c> of a form item: how much of the row it takes.</summary>
public class FieldWidthTests
{
    [Fact]
    public void Width_reads_each_written_size_and_is_full_when_left_out()
    {
        var schema = TestForms.Schema(
            """{"key": "a", "type": "text", "label": "A", "width": "half"}""",
            """{"key": "b", "type": "number", "label": "B", "width": "third"}""",
            """{"key": "c", "type": "date", "label": "C", "width": "quarter"}""",
            """{"key": "d", "type": "text", "label": "D"}""");

        Assert.Equal([FieldWidth.Half, FieldWidth.Third, FieldWidth.Quarter, FieldWidth.Full], schema.Fields.Select(f => f.Width));
    }

    [Theory]
    [InlineData("\"wide\"")]
    [InlineData("50")]
    public void An_unknown_width_is_an_error_at_its_pointer(string width)
    {
        var result = FormSchemaParser.Parse($$"""
            {"id": "form-a", "title": "A", "fields": [{"key": "a", "type": "text", "label": "A"}, {"key": "b", "type": "text", "label": "B", "width": {{width}}}]}
            """);

        Assert.Equal("/fields/1/width", TestForms.SingleError(result).Pointer);
    }
}
