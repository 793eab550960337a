using FlowChannel.Forms.Calculation;

namespace FlowChannel.Forms.Tests.Validation;

/// <summary>Subform corners: rows that are not rows, column formulas over the whole column, a column and a form field sharing a key.</summary>
public sealed class SubformEdgeCaseTests
{
    private static readonly FormSchema Lines = TestForms.Schema(
        """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "amt", "type": "number", "label": "Amt", "validations": [{"formula": "row.amt >= 0", "message": "negative"}]}, {"key": "code", "type": "text", "label": "Code", "required": true}]}""");

    [Fact]
    public void Paths_after_a_row_that_is_not_an_object_still_name_the_row_sent()
    {
        var result = TestForms.Validate(Lines, """{"lines": [null, {"amt": 1, "code": "a"}, {"amt": -1, "code": "b"}, {"amt": 9}]}""");

        Assert.Equal(["lines[0]:type", "lines[2].amt:check", "lines[3].code:required"],
            result.Errors.Select(e => $"{e.Path}:{e.Code}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_column_formula_over_the_whole_column_is_no_cycle_and_recomputes_in_every_row()
    {
        var schema = TestForms.Schema(
            """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "amt", "type": "number", "label": "Amt"}, {"key": "share", "type": "formula", "label": "Share", "formula": "row.amt / SUM(lines.amt)"}, {"key": "n", "type": "formula", "label": "N", "formula": "COUNT(lines)"}]}""");
        var data = TestForms.AssertValid(schema, """{"lines": [{"amt": 1}, {"amt": 3}]}""").Data;
        Assert.Equal(0.75m, data["lines"]![1]!["share"]!.GetValue<decimal>());

        data["lines"]![0]!["amt"] = 5;
        new FormCalculator(schema).Recompute(data, "lines.amt", 0);

        Assert.Equal(0.375m, data["lines"]![1]!["share"]!.GetValue<decimal>());
    }

    [Fact]
    public void Option_linkage_in_a_row_reads_the_row_column_even_when_a_form_field_has_the_same_key()
    {
        var schema = TestForms.Schema(
            """{"key": "cat", "type": "select", "label": "Cat", "options": [{"value": "A", "label": "A"}, {"value": "B", "label": "B"}]}""",
            """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "cat", "type": "select", "label": "Cat", "options": [{"value": "A", "label": "A"}, {"value": "B", "label": "B"}]}, {"key": "prod", "type": "select", "label": "Prod", "optionsDependOn": "cat", "options": [{"value": "p1", "label": "P1", "when": ["A"]}]}]}""");

        var error = TestForms.SingleError(TestForms.Validate(schema, """{"cat": "A", "lines": [{"prod": "p1"}]}"""));

        Assert.Equal(("lines[0].prod", FieldErrorCodes.Option), (error.Path, error.Code));
        Assert.Empty(FormCalculator.OptionsFor(schema.FindField("lines")!.SubFields[1], new JsonObject { ["cat"] = "A" }, []));
    }
}

public sealed class FormulaDefaultOrderTests
{
    [Fact]
    public void Formula_defaults_read_formula_fields_and_defaults_below_them()
    {
        var schema = TestForms.Schema(
            """{"key": "price", "type": "number", "label": "Price"}""",
            """{"key": "total", "type": "formula", "label": "Total", "formula": "price * 2"}""",
            """{"key": "deposit", "type": "number", "label": "Deposit", "defaultFormula": "total / 10"}""",
            """{"key": "dep2", "type": "number", "label": "Dep2", "defaultFormula": "dep3 + 1"}""",
            """{"key": "dep3", "type": "number", "label": "Dep3", "defaultFormula": "price + 1"}""");

        var data = TestForms.AssertValid(schema, """{"price": 100}""").Data;

        Assert.Equal((20m, 102m, 101m), (data["deposit"]!.GetValue<decimal>(), data["dep2"]!.GetValue<decimal>(), data["dep3"]!.GetValue<decimal>()));
    }
}
