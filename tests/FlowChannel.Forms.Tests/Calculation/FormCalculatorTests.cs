using FlowChannel.Forms.Calculation;

namespace FlowChannel.Forms.Tests.Calculation;

/// <summary>Live computing while a form is filled in: only what a change affects is recomputed, and rules answer for the renderer.</summary>
public class FormCalculatorTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "rate", "type": "number", "label": "Rate"}""",
        """
        {"key": "lines", "type": "subform", "label": "Lines", "fields": [
          {"key": "qty", "type": "number", "label": "Qty"},
          {"key": "price", "type": "money", "label": "Price"},
          {"key": "amount", "type": "formula", "label": "Amount", "formula": "row.qty * row.price", "resultType": "money"},
          {"key": "fee", "type": "formula", "label": "Fee", "formula": "row.amount * rate", "resultType": "money"},
          {"key": "bulk", "type": "text", "label": "Bulk note", "visibleWhen": "row.qty > 100"}
        ]}
        """,
        """{"key": "total", "type": "formula", "label": "Total", "formula": "SUM(lines.amount)", "resultType": "money"}""",
        """{"key": "approval", "type": "text", "label": "Approval", "requiredWhen": "total > 1000", "readOnlyWhen": "rate == 0"}""",
        """{"key": "kind", "type": "select", "label": "Kind", "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]}""",
        """{"key": "sub", "type": "checkbox", "label": "Sub", "optionsDependOn": "kind", "options": [{"value": "x", "label": "X", "when": ["a"]}, {"value": "y", "label": "Y", "when": ["b"]}, {"value": "z", "label": "Z"}]}""",
        """{"key": "title", "type": "text", "label": "Title", "defaultFormula": "'Claim ' + rate"}""");

    private static JsonObject Data() => JsonNode.Parse("""
        {"rate": 0.5, "lines": [{"qty": 1, "price": 0.1, "amount": 999, "fee": 999}, {"qty": 2, "price": 0.2}, {"qty": 3, "price": 0.3, "amount": 777}]}
        """)!.AsObject();

    [Fact]
    public void A_cell_change_recomputes_only_that_rows_formulas_and_the_total()
    {
        var data = Data();
        var calculator = new FormCalculator(Schema);

        var recomputed = calculator.Recompute(data, "lines.qty", rowIndex: 1);

        Assert.Equal(["lines.amount", "total", "lines.fee"], recomputed.Select(f => (f.SubformKey is null ? "" : f.SubformKey + ".") + f.Key));
        Assert.Equal(
            """[{"qty":1,"price":0.1,"amount":999,"fee":999},{"qty":2,"price":0.2,"amount":0.4,"fee":0.2},{"qty":3,"price":0.3,"amount":777}]""",
            data["lines"]!.ToJsonString());
        Assert.Equal("1776.4", data["total"]!.ToJsonString());
    }

    [Fact]
    public void A_form_value_read_by_a_column_recomputes_that_column_in_every_row()
    {
        var data = Data();

        var recomputed = new FormCalculator(Schema).Recompute(data, "rate");

        Assert.Equal(["fee"], recomputed.Select(f => f.Key));
        Assert.Equal(["499.5", "0", "388.5"], data["lines"]!.AsArray().Select(r => r!["fee"]?.ToJsonString() ?? ""));
        Assert.Equal(999m, data["lines"]![0]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public void Recompute_all_computes_every_row_and_the_exact_total()
    {
        var data = Data();

        new FormCalculator(Schema).RecomputeAll(data);

        Assert.Equal(["0.1", "0.4", "0.9"], data["lines"]!.AsArray().Select(r => r!["amount"]!.ToJsonString()));
        Assert.Equal(1.4m, data["total"]!.GetValue<decimal>());
    }

    [Fact]
    public void Dependencies_name_the_formulas_and_rules_a_change_reaches()
    {
        var dependencies = Schema.Dependencies;

        Assert.Equal(["amount", "total", "fee"], dependencies.FormulasAffectedBy("lines.price").Select(f => f.Key));
        Assert.Equal(["amount", "total", "fee"], dependencies.FormulasAffectedBy("lines").Select(f => f.Key));
        Assert.Equal(["fee"], dependencies.FormulasAffectedBy("rate").Select(f => f.Key));
        Assert.Empty(dependencies.FormulasAffectedBy("kind"));
        Assert.Equal(["sub"], dependencies.RulesAffectedBy("kind").Select(f => f.Key));
        Assert.Equal(["approval", "bulk"], dependencies.RulesAffectedBy("lines.qty").Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["approval"], dependencies.RulesAffectedBy("rate").Select(f => f.Key));
    }

    [Fact]
    public void Rules_answer_for_the_current_values()
    {
        var data = JsonNode.Parse("""{"rate": 0, "total": 1500, "kind": "b", "lines": [{"qty": 101}, {"qty": 1}]}""")!.AsObject();
        var lines = Schema.FindField("lines")!;
        var bulk = lines.SubFields.Single(f => f.Key == "bulk");
        var approval = Schema.FindField("approval")!;

        Assert.Equal([true, false], data["lines"]!.AsArray().Select(r => FormCalculator.IsVisible(bulk, data, r!.AsObject())));
        Assert.True(FormCalculator.IsRequired(approval, data));
        Assert.True(FormCalculator.IsReadOnly(approval, data));
        Assert.Equal(["y", "z"], FormCalculator.OptionsFor(Schema.FindField("sub")!, data).Select(o => o.Value));
        Assert.Equal("Claim 0", FormCalculator.DefaultFor(Schema.FindField("title")!, data)!.GetValue<string>());
    }
}
