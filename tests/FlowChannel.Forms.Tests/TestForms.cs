using System.Text.Encodings.Web;

namespace FlowChannel.Forms.Tests;

/// <summary>Builds small schemas around the fields a test is about, and validates records against them.</summary>
internal static class TestForms
{
    /// <summary>Writes Chinese as is, not as <c>\uXXXX</c> escapes, so expected values read like the data.</summary>
    internal static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static FormSchemaParseResult ParseWithFields(params string[] fields) =>
        FormSchemaParser.Parse($$"""{"id": "test-form", "title": "Test", "fields": [{{string.Join(",", fields)}}]}""");

    internal static FormSchema Schema(params string[] fields)
    {
        var result = ParseWithFields(fields);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Schema;
    }

    internal static SchemaError SingleError(FormSchemaParseResult result)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Schema);
        return Assert.Single(result.Errors);
    }

    internal static RecordValidationResult Validate(
        FormSchema schema, string input, RecordWriteMode mode = RecordWriteMode.Client, string culture = "en") =>
        RecordValidator.Validate(schema, JsonNode.Parse(input)!.AsObject(), mode, CultureInfo.GetCultureInfo(culture));

    internal static FieldError SingleError(RecordValidationResult result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    internal static RecordValidationResult AssertValid(FormSchema schema, string input, RecordWriteMode mode = RecordWriteMode.Client)
    {
        var result = Validate(schema, input, mode);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result;
    }
}
