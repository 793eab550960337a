namespace FlowChannel.Forms.Tests.Schema;

/// <summary>Formula fields as the schema check sees them: compiled once, references and cycles reported at their pointer.</summary>
public sealed class FormulaSchemaTests
{
    private const string Price = """{"key": "price", "type": "money", "label": "Price"}""";
    private const string Qty = """{"key": "qty", "type": "number", "label": "Qty"}""";

    private static string Formula(string key, string formula, string extra = "") =>
        $$"""{"key": "{{key}}", "type": "formula", "label": "{{key}}", "formula": {{JsonSerializer.Serialize(formula)}}{{extra}}}""";

    [Fact]
    public void A_formula_field_keeps_its_compiled_formula_dependencies_and_result_type()
    {
        var schema = TestForms.Schema(Price, Qty, Formula("total", "ROUND(price * qty, 2) + price", """, "resultType": "money" """));

        var formula = schema.FindField("total")!.Formula!;
        Assert.Equal("ROUND(price * qty, 2) + price", formula.Text);
        Assert.Equal(["price", "qty"], formula.Dependencies);
        Assert.Equal(FormulaResultType.Money, formula.ResultType);
        Assert.Equal(["price", "qty"], formula.Compiled.References);
    }

    [Fact]
    public void Result_type_defaults_to_number_and_a_member_reference_depends_on_its_root_field()
    {
        var schema = TestForms.Schema(
            """{"key": "lines", "type": "checkbox", "label": "Lines", "options": [{"value": "a", "label": "A"}]}""",
            Formula("count", "lines.length"));

        var formula = schema.FindField("count")!.Formula!;
        Assert.Equal(FormulaResultType.Number, formula.ResultType);
        Assert.Equal(["lines"], formula.Dependencies);
    }

    [Fact]
    public void Formula_order_puts_every_formula_after_the_formulas_it_reads()
    {
        var schema = TestForms.Schema(Formula("grand", "net + tax"), Formula("tax", "net * 0.13"), Formula("net", "price * qty"), Price, Qty);

        Assert.Equal(["net", "tax", "grand"], schema.FormulaOrder.Select(f => f.Key));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_the_formula_with_line_and_column()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Price, Formula("total", "price *")));

        Assert.Equal("/fields/1/formula", error.Pointer);
        Assert.Contains("line 1, column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_function_is_reported_by_name_at_the_formula()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Price, Formula("total", "SUMM(price)")));

        Assert.Equal("/fields/1/formula", error.Pointer);
        Assert.Contains("SUMM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_field_that_does_not_exist_is_reported_by_key()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Price, Formula("total", "price * quantity")));

        Assert.Equal("/fields/1/formula", error.Pointer);
        Assert.Contains("\"quantity\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_reference_to_a_missing_field_is_reported_by_its_root_key()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Price, Formula("total", "SUM(lines.amount)")));

        Assert.Equal("/fields/1/formula", error.Pointer);
        Assert.Contains("\"lines\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_display_only_field_is_reported()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(
            """{"key": "intro", "type": "section", "label": "Intro"}""", Formula("total", "intro + 1")));

        Assert.Equal("/fields/1/formula", error.Pointer);
        Assert.Contains("\"intro\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("display only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_formula_cycle_is_reported_once_and_named()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Price, Formula("total", "price + tax"), Formula("tax", "total * 0.1")));

        Assert.Equal("/fields/1/formula", error.Pointer);
        Assert.Contains("total → tax → total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_three_formula_cycle_is_reported_once_and_named()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Formula("a", "b + 1"), Formula("b", "c + 1"), Formula("c", "a + 1")));

        Assert.Equal("/fields/0/formula", error.Pointer);
        Assert.Contains("a → b → c → a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_reading_itself_is_a_cycle()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Formula("a", "a + 1")));

        Assert.Equal("/fields/0/formula", error.Pointer);
        Assert.Contains("a → a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Separate_cycles_are_each_reported()
    {
        var result = TestForms.ParseWithFields(Formula("a", "b"), Formula("b", "a"), Formula("c", "d"), Formula("d", "c"));

        Assert.Equal(["/fields/0/formula", "/fields/2/formula"], result.Errors.Select(e => e.Pointer));
        Assert.Contains("c → d → c", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formula_is_required_and_result_type_must_be_known()
    {
        var result = TestForms.ParseWithFields("""{"key": "total", "type": "formula", "label": "Total", "resultType": "decimal"}""");

        Assert.Equal(["/fields/0/formula", "/fields/0/resultType"], result.Errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Formula_properties_do_not_apply_to_other_types_and_person_set_properties_do_not_apply_to_formulas()
    {
        var result = TestForms.ParseWithFields(
            """{"key": "price", "type": "number", "label": "Price", "formula": "1", "resultType": "number"}""",
            """{"key": "total", "type": "formula", "label": "Total", "formula": "price", "required": true, "defaultValue": 1}""",
            """{"key": "note", "type": "formula", "label": "Note", "formula": "'x'", "resultType": "text", "precision": 2}""");

        Assert.Equal(
            ["/fields/0/formula", "/fields/0/resultType", "/fields/1/defaultValue", "/fields/1/required", "/fields/2/precision"],
            result.Errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
    }
}
