using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Forms.Tests.Schema;

public sealed class SerialFormatTests
{
    [Fact]
    public void Format_pads_the_counter_and_fills_the_date_parts()
    {
        var format = SerialFormat.TryParse("PA-{yyyy}{MM}-{seq:5}", out var error)!;
        Assert.Null(error);
        Assert.Equal("PA-202611-00042", format.Format(new DateOnly(2026, 11, 23), 42));
        Assert.Equal("PA-202611-123456", format.Format(new DateOnly(2026, 11, 23), 123456));
        Assert.Equal(5, format.Digits);
    }

    [Fact]
    public void Period_key_is_made_of_the_date_parts_only()
    {
        Assert.Equal("202611", SerialFormat.TryParse("PA-{yyyy}{MM}-{seq:5}", out _)!.PeriodKey(new DateOnly(2026, 11, 23)));
        Assert.Equal("261123", SerialFormat.TryParse("{yy}{MM}{dd}{seq:3}", out _)!.PeriodKey(new DateOnly(2026, 11, 23)));
        Assert.Equal("", SerialFormat.TryParse("NO.{seq:6}", out _)!.PeriodKey(new DateOnly(2026, 11, 23)));
    }

    [Theory]
    [InlineData("PA-{yyyy}", "exactly one counter")]
    [InlineData("{seq:2}-{seq:3}", "exactly one counter")]
    [InlineData("{seq:0}", "1 to 12 digits")]
    [InlineData("{seq:13}", "1 to 12 digits")]
    [InlineData("{hh}{seq:3}", "Unknown part \"{hh}\"")]
    [InlineData("{seq:3}}", "Braces")]
    public void Bad_formats_are_refused_with_a_reason(string text, string reason)
    {
        Assert.Null(SerialFormat.TryParse(text, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_reports_a_bad_serial_format_at_its_pointer()
    {
        var result = FormSchemaParser.Parse("""{"id": "f-1", "title": "F", "fields": [{"key": "no", "type": "serial", "label": "No", "format": "X-{seq:0}"}]}""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("/fields/0/format", error.Pointer);
    }

    [Fact]
    public void Client_values_for_a_serial_field_are_never_written_but_the_system_may()
    {
        var schema = TestForms.Schema("""{"key": "no", "type": "serial", "label": "No", "format": "{seq:3}"}""");
        var client = RecordValidator.Validate(schema, new JsonObject { ["no"] = "999" });
        Assert.True(client.IsValid);
        Assert.False(client.Data.ContainsKey("no"));
        var system = RecordValidator.Validate(schema, new JsonObject { ["no"] = "001" }, RecordWriteMode.System);
        Assert.Equal("001", system.Data["no"]!.GetValue<string>());
    }
}
