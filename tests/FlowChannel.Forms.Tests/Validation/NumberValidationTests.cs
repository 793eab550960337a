namespace FlowChannel.Forms.Tests.Validation;

public class NumberValidationTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "count", "type": "number", "label": "Count", "precision": 0, "min": 1, "max": 100}""",
        """{"key": "amount", "type": "money", "label": "Amount", "currency": "CNY", "min": 0}""",
        """{"key": "share", "type": "percent", "label": "Share", "precision": 1, "max": 100}""",
        """{"key": "ratio", "type": "number", "label": "Ratio"}""",
        """{"key": "stars", "type": "rating", "label": "Stars"}""",
        """{"key": "score", "type": "rating", "label": "Score", "max": 10}""");

    [Theory]
    [InlineData("""{"count": 0}""", "count", "min")]
    [InlineData("""{"count": 101}""", "count", "max")]
    [InlineData("""{"count": 2.5}""", "count", "precision")]
    [InlineData("""{"count": "ten"}""", "count", "type")]
    [InlineData("""{"count": "1e3"}""", "count", "type")]
    [InlineData("""{"count": "1,000"}""", "count", "type")]
    [InlineData("""{"count": true}""", "count", "type")]
    [InlineData("""{"amount": -0.01}""", "amount", "min")]
    [InlineData("""{"amount": 12.345}""", "amount", "precision")]
    [InlineData("""{"share": 12.34}""", "share", "precision")]
    [InlineData("""{"stars": 0}""", "stars", "min")]
    [InlineData("""{"stars": 6}""", "stars", "max")]
    [InlineData("""{"stars": 3.5}""", "stars", "type")]
    [InlineData("""{"score": 11}""", "score", "max")]
    public void Numbers_are_checked_for_type_range_and_precision(string input, string path, string code)
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, input));

        Assert.Equal((path, code), (error.Path, error.Code));
    }

    [Fact]
    public void Numeric_strings_become_JSON_numbers_without_trailing_zeros()
    {
        var data = TestForms.AssertValid(Schema, """{"count": " 42 ", "amount": "1200.50", "share": 12.50, "ratio": -0.125, "score": "10"}""").Data;

        Assert.Equal("""{"count":42,"amount":1200.5,"share":12.5,"ratio":-0.125,"score":10}""", data.ToJsonString());
    }

    [Fact]
    public void Floating_point_noise_is_rounded_to_the_precision_instead_of_failing()
    {
        var data = TestForms.AssertValid(Schema, """{"amount": 0.30000000000000004, "share": 33.300000000000004}""").Data;

        Assert.Equal((0.3m, 33.3m), (data["amount"]!.GetValue<decimal>(), data["share"]!.GetValue<decimal>()));
    }

    [Fact]
    public void Numbers_built_in_code_are_read_like_parsed_ones()
    {
        var input = new JsonObject { ["count"] = 7, ["ratio"] = 0.5, ["amount"] = 3L };

        var result = RecordValidator.Validate(Schema, input, culture: CultureInfo.InvariantCulture);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("""{"count":7,"amount":3,"ratio":0.5}""", result.Data.ToJsonString());
    }
}
