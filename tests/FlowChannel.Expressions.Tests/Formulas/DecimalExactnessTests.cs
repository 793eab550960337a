using static FlowChannel.Expressions.Tests.Formulas.Formula;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class DecimalExactnessTests
{
    [Theory]
    [InlineData("SUM(0.1, 0.2)", "0.3")]
    [InlineData("SUM(lines.amount)", "0.3")]
    [InlineData("SUM(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)", "1")]
    [InlineData("SUM(1.15, 2.35, -3.5)", "0")]
    [InlineData("ROUND(2.675, 2)", "2.68")]
    [InlineData("ROUND(1.255, 2)", "1.26")]
    [InlineData("AVERAGE(0.1, 0.2, 0.3)", "0.2")]
    [InlineData("SUMIF(lines.qty, '>0', lines.amount)", "0.3")]
    [InlineData("MOD(0.3, 0.1)", "0")]
    public void Money_aggregates_have_no_binary_floating_point_artefacts(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("row.qty * row.price", "3.3")]
    [InlineData("1.1 * 1.1", "1.21")]
    [InlineData("1e-30", "1E-30")]
    [InlineData("0 - 0.3 - 0.6", "-0.9")]
    public void Plain_arithmetic_results_are_cleaned_to_fifteen_significant_digits(string formula, string expected) =>
        Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Large_money_sums_stay_exact()
    {
        var lines = new JsonArray();
        for (var i = 0; i < 1000; i++)
        {
            lines.Add(new JsonObject { ["amount"] = 1234567.89 });
        }

        Assert.Equal("1234567890", Eval("SUM(lines.amount)", new JsonObject { ["lines"] = lines }));
    }
}
