using FlowChannel.Expressions.Formulas;
using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

public sealed class FormulaCheckTests
{
    private static IReadOnlyList<FormulaReference> References(string? item = null) =>
        FormulaReferences.For(DesignerForms.Sample().Root, item, "en");

    [Fact]
    public void The_field_list_offers_form_fields_subform_columns_and_inside_a_subform_the_row()
    {
        Assert.Contains(References(), r => r.Name == "lines.qty" && r.Label == "Lines · Qty");
        Assert.DoesNotContain(References(), r => r.Name == "pages");
        Assert.Equal("row.qty", References("/fields/2/fields/0")[0].Name);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_line_and_column()
    {
        var result = FormulaCheck.Run("amount *\n  (2 +", References(), new JsonObject());

        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.True(problem.Column > 1);
    }

    [Fact]
    public void Unknown_functions_and_fields_are_problems()
    {
        Assert.Contains("SUMM", Assert.Single(FormulaCheck.Run("SUMM(amount)", References(), new JsonObject()).Problems).Message, StringComparison.Ordinal);
        var unknown = Assert.Single(FormulaCheck.Run("amount + tax", References(), new JsonObject()).Problems);
        Assert.Equal((1, 10), (unknown.Line, unknown.Column));
    }

    [Fact]
    public void The_result_is_computed_for_the_sample_values_as_the_server_would()
    {
        var sample = FormulaCheck.Sample(new Dictionary<string, string?> { ["amount"] = "0.1", ["lines.qty"] = "0.2" });

        var result = FormulaCheck.Run("amount + SUM(lines.qty)", References(), sample);

        Assert.True(result.IsValid);
        Assert.Equal(0.3m, result.Result!.GetValue<decimal>());
    }

    [Fact]
    public void The_catalogue_describes_every_library_function_with_an_example()
    {
        var catalogue = FormulaCatalogue.Functions.ToDictionary(f => f.Name);

        Assert.All(FormulaEvaluator.FunctionNames, name =>
        {
            Assert.True(catalogue.TryGetValue(name, out var function), $"{name} is missing from the catalogue");
            Assert.StartsWith(name + "(", function!.Signature, StringComparison.Ordinal);
            Assert.Contains("→", function.Example, StringComparison.Ordinal);
            Assert.NotEmpty(function.Description);
        });
        Assert.Equal("Dates", catalogue["DATEADD"].Category);
    }
}
