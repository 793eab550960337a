namespace FlowChannel.Forms.Tests.Validation;

/// <summary>Formula fields are computed by the server after the other fields are normalized; no sent value is kept.</summary>
public sealed class FormulaValidationTests
{
    private const string Price = """{"key": "price", "type": "money", "label": "Price"}""";
    private const string Qty = """{"key": "qty", "type": "number", "label": "Qty"}""";

    private static string Formula(string key, string formula, string extra = "") =>
        $$"""{"key": "{{key}}", "type": "formula", "label": "{{key}}", "formula": {{JsonSerializer.Serialize(formula)}}{{extra}}}""";

    private static string Stored(RecordValidationResult result, string key) => result.Data[key]!.ToJsonString();

    [Fact]
    public void A_number_formula_is_computed_from_the_normalized_values()
    {
        var schema = TestForms.Schema(Price, Qty, Formula("total", "price * qty"));

        var result = TestForms.AssertValid(schema, """{"price": "12.50", "qty": 3}""");

        Assert.Equal("37.5", Stored(result, "total"));
    }

    [Fact]
    public void A_number_formula_is_rounded_to_its_precision()
    {
        var schema = TestForms.Schema(Price, Formula("third", "price / 3", """, "precision": 3 """));

        Assert.Equal("3.333", Stored(TestForms.AssertValid(schema, """{"price": 10}"""), "third"));
    }

    [Fact]
    public void Money_arithmetic_is_exact_and_rounded_to_cents_by_default()
    {
        var schema = TestForms.Schema(
            """{"key": "a", "type": "number", "label": "A"}""",
            """{"key": "b", "type": "number", "label": "B"}""",
            Formula("sum", "a + b", """, "resultType": "money" """),
            Formula("raw", "a + b"),
            Formula("split", "10 / 3", """, "resultType": "money" """));

        var result = TestForms.AssertValid(schema, """{"a": 0.1, "b": 0.2}""");

        Assert.Equal("0.3", Stored(result, "sum"));
        Assert.Equal("0.3", Stored(result, "raw"));
        Assert.Equal("3.33", Stored(result, "split"));
    }

    [Fact]
    public void A_text_formula_stores_text_and_turns_numbers_into_text()
    {
        var schema = TestForms.Schema(
            """{"key": "name", "type": "text", "label": "Name"}""",
            Qty,
            Formula("greeting", "CONCATENATE('Hi ', UPPER(name))", """, "resultType": "text" """),
            Formula("qtyText", "qty * 2", """, "resultType": "text" """));

        var result = TestForms.AssertValid(schema, """{"name": " ada ", "qty": 4}""");

        Assert.Equal("\"Hi ADA\"", Stored(result, "greeting"));
        Assert.Equal("\"8\"", Stored(result, "qtyText"));
    }

    [Fact]
    public void A_date_formula_stores_the_date_as_yyyy_mm_dd()
    {
        var schema = TestForms.Schema(
            """{"key": "start", "type": "date", "label": "Start"}""",
            Formula("due", "DATEADD(start, 30, 'd')", """, "resultType": "date" """),
            Formula("fixed", "DATE(2026, 2, 30)", """, "resultType": "date" """));

        var result = TestForms.AssertValid(schema, """{"start": "2026/1/15"}""");

        Assert.Equal("\"2026-02-14\"", Stored(result, "due"));
        Assert.Equal("\"2026-03-02\"", Stored(result, "fixed"));
    }

    [Fact]
    public void A_boolean_formula_stores_true_or_false()
    {
        var schema = TestForms.Schema(Price, Formula("expensive", "price > 100", """, "resultType": "boolean" """));

        Assert.Equal("true", Stored(TestForms.AssertValid(schema, """{"price": 150}"""), "expensive"));
        Assert.Equal("false", Stored(TestForms.AssertValid(schema, """{"price": 50}"""), "expensive"));
    }

    [Fact]
    public void Chained_formulas_are_computed_in_dependency_order_whatever_the_field_order()
    {
        var schema = TestForms.Schema(
            Formula("grand", "net + tax", """, "resultType": "money" """),
            Formula("tax", "net * 0.13", """, "resultType": "money" """),
            Formula("net", "price * qty", """, "resultType": "money" """),
            Price,
            Qty);

        var result = TestForms.AssertValid(schema, """{"price": 19.99, "qty": 3}""");

        Assert.Equal("59.97", Stored(result, "net"));
        Assert.Equal("7.8", Stored(result, "tax"));
        Assert.Equal("67.77", Stored(result, "grand"));
    }

    [Theory]
    [InlineData(RecordWriteMode.Client)]
    [InlineData(RecordWriteMode.System)]
    public void A_sent_formula_value_is_ignored_and_recomputed(RecordWriteMode mode)
    {
        var schema = TestForms.Schema(Price, Qty, Formula("total", "price * qty"));

        var result = TestForms.AssertValid(schema, """{"price": 2, "qty": 3, "total": 1000000}""", mode);

        Assert.Equal("6", Stored(result, "total"));
    }

    [Fact]
    public void A_formula_that_divides_by_zero_is_a_formula_error_at_its_key()
    {
        var schema = TestForms.Schema(Price, Qty, Formula("unit", "MOD(price, qty)"));

        var error = TestForms.SingleError(TestForms.Validate(schema, """{"price": 10, "qty": 0}"""));

        Assert.Equal("unit", error.Path);
        Assert.Equal(FieldErrorCodes.Formula, error.Code);
        Assert.Contains("#DIV/0!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_of_the_wrong_type_is_a_formula_error()
    {
        var schema = TestForms.Schema(
            """{"key": "name", "type": "text", "label": "Name"}""",
            Formula("size", "name + '!'"));

        var error = TestForms.SingleError(TestForms.Validate(schema, """{"name": "abc"}"""));

        Assert.Equal("size", error.Path);
        Assert.Equal(FieldErrorCodes.Formula, error.Code);
    }

    [Fact]
    public void A_formula_over_a_rejected_value_is_left_out_without_a_second_error()
    {
        var schema = TestForms.Schema(Price, Qty, Formula("total", "price * qty"), Formula("doubled", "total * 2"));

        var result = TestForms.Validate(schema, """{"price": "abc", "qty": 3}""");

        var error = TestForms.SingleError(result);
        Assert.Equal("price", error.Path);
        Assert.False(result.Data.ContainsKey("total"));
        Assert.False(result.Data.ContainsKey("doubled"));
    }

    [Fact]
    public void A_formula_with_an_empty_result_stores_nothing()
    {
        var schema = TestForms.Schema(Price, Formula("label", "IF(price > 0, 'paid', '')", """, "resultType": "text" """));

        var result = TestForms.AssertValid(schema, """{"price": 0}""");

        Assert.False(result.Data.ContainsKey("label"));
    }
}
