using System.Globalization;
using FlowChannel.Expressions.Formulas;
using static FlowChannel.Expressions.Tests.Formulas.Formula;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class SubformAndLookupTests
{
    [Theory]
    [InlineData("LOOKUP('B-2', lines.sku, lines.qty)", "5")]
    [InlineData("LOOKUP('b-2', lines.sku, lines.amount)", "0.2")]
    [InlineData("LOOKUP(5, lines.qty, lines.sku)", "\"B-2\"")]
    [InlineData("LOOKUP('5', lines.qty, lines.sku)", "\"B-2\"")]
    [InlineData("LOOKUP('Z-9', lines.sku, lines.qty)", "null")]
    [InlineData("LOOKUP('A-1', [], [])", "null")]
    public void Lookup_returns_the_result_column_of_the_first_matching_row(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Row_reads_the_current_subform_row() =>
        Assert.Equal("\"pen x3\"", Eval("row.name + ' x' + row.qty"));

    [Fact]
    public void Subform_column_is_an_array_of_every_rows_value() =>
        Assert.Equal("[\"A-1\",\"B-2\",\"C-3\"]", Eval("lines.sku"));

    [Fact]
    public void Subform_columns_work_with_javascript_array_methods() =>
        Assert.Equal("2", Eval("lines.qty.filter(q => q > 1).length"));

    [Fact]
    public void Empty_subform_gives_empty_columns() =>
        Assert.Equal("0", Eval("SUM(lines.amount)", new JsonObject { ["lines"] = new JsonArray() }));

    [Fact]
    public void Array_field_of_plain_values_stays_an_array() =>
        Assert.Equal("2", Eval("tags.length"));

    [Fact]
    public void Row_total_and_header_total_combine()
    {
        var order = new JsonObject
        {
            ["discount"] = 0.1,
            ["lines"] = new JsonArray(
                new JsonObject { ["total"] = 19.99 },
                new JsonObject { ["total"] = 5.01 }),
        };
        Assert.Equal("22.5", Eval("ROUND(SUM(lines.total) * (1 - discount), 2)", order));
    }

    [Fact]
    public void Field_missing_from_the_scope_reads_as_null() =>
        Assert.Equal("null", Eval("notAField"));

    [Fact]
    public void Scope_fields_are_copied_so_a_formula_cannot_change_them()
    {
        var fields = new JsonObject { ["item"] = new JsonObject { ["qty"] = 1 } };
        Evaluator.Evaluate("item.qty = 99; 0", new FormulaScope(fields));
        Assert.Equal(1, fields["item"]!["qty"]!.GetValue<int>());
    }

    [Fact]
    public void Parallel_evaluations_each_see_their_own_scope()
    {
        var formula = FormulaCompiler.Compile("CONCATENATE(SUM(lines.amount), '@', TODAY())").GetFormulaOrThrow();
        var results = new string[400];
        Parallel.For(0, results.Length, i =>
        {
            var fields = new JsonObject { ["lines"] = new JsonArray(new JsonObject { ["amount"] = i }, new JsonObject { ["amount"] = 0.5 }) };
            var scope = new FormulaScope(fields) { Now = FixedNow.AddDays(i % 7) };
            results[i] = Evaluator.Evaluate(formula, scope)!.GetValue<string>();
        });

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{i + 0.5m}@2024-03-{15 + (i % 7)}"), results[i]);
        }
    }
}
