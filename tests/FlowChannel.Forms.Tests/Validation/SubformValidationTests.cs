namespace FlowChannel.Forms.Tests.Validation;

/// <summary>Subform values: rows checked like small records (paths <c>lines[2].qty</c>), formulas per row, totals over columns.</summary>
public class SubformValidationTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "rate", "type": "percent", "label": "Rate", "defaultValue": 0}""",
        """
        {"key": "lines", "type": "subform", "label": "Lines", "required": true, "minRows": 1, "maxRows": 3, "fields": [
          {"key": "sku", "type": "text", "label": "SKU", "required": true, "unique": true},
          {"key": "qty", "type": "number", "label": "Qty", "precision": 0, "min": 1, "defaultValue": 1},
          {"key": "price", "type": "money", "label": "Price"},
          {"key": "amount", "type": "formula", "label": "Amount", "formula": "row.qty * row.price", "resultType": "money"},
          {"key": "net", "type": "formula", "label": "Net", "formula": "row.amount * (1 - rate / 100)", "resultType": "money"}
        ]}
        """,
        """{"key": "total", "type": "formula", "label": "Total", "formula": "SUM(lines.amount)", "resultType": "money"}""",
        """{"key": "count", "type": "formula", "label": "Count", "formula": "COUNT(lines.qty)"}""");

    private static JsonArray Rows(RecordValidationResult result) => result.Data["lines"]!.AsArray();

    [Fact]
    public void Every_row_is_computed_and_the_column_total_is_exact()
    {
        var result = TestForms.AssertValid(Schema, """{"rate": 10, "lines": [{"sku": "A", "price": 0.1}, {"sku": "B", "qty": 1, "price": 0.2, "amount": 99}]}""");

        Assert.Equal(
            """[{"sku":"A","qty":1,"price":0.1,"amount":0.1,"net":0.09},{"sku":"B","qty":1,"price":0.2,"amount":0.2,"net":0.18}]""",
            Rows(result).ToJsonString());
        Assert.Equal("0.3", result.Data["total"]!.ToJsonString());
        Assert.Equal(0.3m, result.Data["total"]!.GetValue<decimal>());
    }

    [Fact]
    public void Errors_inside_rows_carry_the_row_index_and_column()
    {
        var result = TestForms.Validate(Schema, """{"lines": [{"sku": "A", "price": 1}, {"qty": "x", "price": 1}, {"sku": "C", "qty": 0, "nope": 1}]}""");

        Assert.Equal(
            ["lines[1].qty:type", "lines[2].nope:unknownField", "lines[2].qty:min", "lines[1].sku:required"],
            result.Errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public void A_formula_over_a_rejected_cell_is_not_computed_in_that_row_only()
    {
        var result = TestForms.Validate(Schema, """{"lines": [{"sku": "A", "qty": 2, "price": 1.5}, {"sku": "B", "qty": "x", "price": 1}]}""");

        Assert.Equal("lines[1].qty", TestForms.SingleError(result).Path);
        Assert.Equal(3m, Rows(result)[0]!["amount"]!.GetValue<decimal>());
        Assert.False(Rows(result)[1]!.AsObject().ContainsKey("amount"));
    }

    [Fact]
    public void Row_counts_are_bounded_by_min_and_max_rows()
    {
        var tooMany = TestForms.SingleError(TestForms.Validate(Schema, """{"lines": [{"sku": "A"}, {"sku": "B"}, {"sku": "C"}, {"sku": "D"}]}"""));
        var none = TestForms.SingleError(TestForms.Validate(Schema, """{"lines": []}"""));
        var notRows = TestForms.SingleError(TestForms.Validate(Schema, """{"lines": [{"sku": "A", "price": 1}, 5]}"""));

        Assert.Equal(("lines", FieldErrorCodes.MaxRows, "Lines: must have at most 3 rows"), (tooMany.Path, tooMany.Code, tooMany.Message));
        Assert.Equal(("lines", FieldErrorCodes.Required), (none.Path, none.Code));
        Assert.Equal(("lines[1]", FieldErrorCodes.Type), (notRows.Path, notRows.Code));
    }

    [Fact]
    public void Min_rows_counts_the_rows_sent()
    {
        var schema = TestForms.Schema("""{"key": "lines", "type": "subform", "label": "Lines", "minRows": 2, "fields": [{"key": "sku", "type": "text", "label": "SKU"}]}""");

        var error = TestForms.SingleError(TestForms.Validate(schema, """{"lines": [{"sku": "A"}]}"""));

        Assert.Equal(("lines", FieldErrorCodes.MinRows, "Lines: needs at least 2 rows"), (error.Path, error.Code, error.Message));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"lines": []}""")]
    public void Min_rows_also_holds_when_no_rows_are_sent(string input)
    {
        var schema = TestForms.Schema("""{"key": "lines", "type": "subform", "label": "Lines", "minRows": 1, "fields": [{"key": "sku", "type": "text", "label": "SKU"}]}""");

        var error = TestForms.SingleError(TestForms.Validate(schema, input));

        Assert.Equal(("lines", FieldErrorCodes.MinRows), (error.Path, error.Code));
    }

    [Fact]
    public void A_unique_column_may_not_repeat_within_the_record_and_names_the_first_row()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"lines": [{"sku": "A", "price": 1}, {"sku": "B", "price": 1}, {"sku": "A", "price": 1}]}"""));

        Assert.Equal(("lines[2].sku", FieldErrorCodes.Unique, "SKU: repeats the value of row 1"), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void A_unique_column_is_checked_within_the_record_not_against_other_records()
    {
        var result = TestForms.AssertValid(Schema, """{"lines": [{"sku": "A", "price": 1}, {"sku": "B", "price": 1}]}""");

        Assert.Empty(result.UniqueValues);
    }

    [Fact]
    public void Default_rows_fill_a_missing_subform_and_are_computed()
    {
        var schema = TestForms.Schema("""
            {"key": "lines", "type": "subform", "label": "Lines", "defaultRows": [{"qty": 2, "price": 3}], "fields": [
              {"key": "qty", "type": "number", "label": "Qty"}, {"key": "price", "type": "money", "label": "Price"},
              {"key": "amount", "type": "formula", "label": "Amount", "formula": "row.qty * row.price"}]}
            """, """{"key": "total", "type": "formula", "label": "Total", "formula": "SUM(lines.amount)"}""");

        var result = TestForms.AssertValid(schema, "{}");

        Assert.Equal("""{"lines":[{"qty":2,"price":3,"amount":6}],"total":6}""", result.Data.ToJsonString());
        Assert.Equal("""[{"qty":2,"price":3}]""", schema.FindField("lines")!.DefaultValue!.ToJsonString());
    }

    [Fact]
    public void A_total_over_an_empty_optional_subform_is_zero()
    {
        var schema = TestForms.Schema(
            """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "amount", "type": "money", "label": "Amount"}]}""",
            """{"key": "total", "type": "formula", "label": "Total", "formula": "SUM(lines.amount)"}""");

        var result = TestForms.AssertValid(schema, """{"lines": []}""");

        Assert.Equal(0m, result.Data["total"]!.GetValue<decimal>());
    }

    [Fact]
    public void References_inside_rows_are_reported_with_their_row_path()
    {
        var schema = TestForms.Schema(
            """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "owner", "type": "member", "label": "Owner"}]}""");

        var result = TestForms.AssertValid(schema, """{"lines": [{"owner": "u1"}, {"owner": {"id": "u2"}}]}""");

        Assert.Equal(["lines[0].owner:u1", "lines[1].owner:u2"], result.References.Select(r => $"{r.Path}:{r.Id}"));
    }

    [Fact]
    public void An_empty_cell_reads_as_empty_in_a_row_formula_as_an_empty_field_does_on_the_form()
    {
        var schema = TestForms.Schema(
            """{"key": "price", "type": "money", "label": "Price"}""",
            """{"key": "twice", "type": "formula", "label": "Twice", "formula": "price * 2"}""",
            """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "price", "type": "money", "label": "Price"}, {"key": "twice", "type": "formula", "label": "Twice", "formula": "row.price * 2"}]}""");

        var result = TestForms.AssertValid(schema, """{"lines": [{}]}""");

        Assert.Equal(result.Data["twice"]!.ToJsonString(), result.Data["lines"]![0]!["twice"]!.ToJsonString());
    }
}
