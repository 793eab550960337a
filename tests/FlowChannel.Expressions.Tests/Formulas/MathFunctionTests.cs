using static FlowChannel.Expressions.Tests.Formulas.Formula;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class MathFunctionTests
{
    [Theory]
    [InlineData("SUM(1, 2, 3)", "6")]
    [InlineData("SUM(lines.qty)", "7")]
    [InlineData("SUM(lines.amount, 1)", "1.3")]
    [InlineData("SUM([1, [2, 3]], '4')", "10")]
    [InlineData("SUM(empty, nothing, 'text', true)", "0")]
    [InlineData("SUM()", "0")]
    public void Sum_adds_numbers_and_skips_empty_and_text(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("AVERAGE(1, 2, 3, 4)", "2.5")]
    [InlineData("AVERAGE(lines.qty)", "3.5")]
    [InlineData("AVERAGE(10, empty)", "10")]
    public void Average_divides_by_the_count_of_numbers(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Average_of_nothing_is_a_division_by_zero_error() =>
        Assert.Contains("#DIV/0!", Fails("AVERAGE(empty, nothing)").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("MIN(3, -1, 2)", "-1")]
    [InlineData("MAX(3, -1, 2)", "3")]
    [InlineData("MIN(lines.qty)", "2")]
    [InlineData("MAX(lines.amount)", "0.2")]
    [InlineData("MIN(empty)", "0")]
    [InlineData("MAX()", "0")]
    public void Min_and_max_ignore_empty_and_are_zero_without_numbers(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("COUNT(1, 'x', empty, 2.5)", "2")]
    [InlineData("COUNT(lines.qty)", "2")]
    [InlineData("COUNT()", "0")]
    public void Count_counts_numbers_only(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("SUMIF(lines.qty, '>2')", "5")]
    [InlineData("SUMIF(lines.sku, 'A-1', lines.amount)", "0.1")]
    [InlineData("SUMIF(lines.sku, '<>A-1', lines.qty)", "5")]
    [InlineData("SUMIF(lines.sku, 'b*', lines.qty)", "5")]
    [InlineData("SUMIF(lines.qty, 2)", "2")]
    [InlineData("SUMIF(lines.sku, 'Z-9', lines.qty)", "0")]
    [InlineData("SUMIF([], '>0')", "0")]
    public void Sumif_adds_the_values_whose_criterion_matches(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("COUNTIF(lines.qty, '>=2')", "2")]
    [InlineData("COUNTIF(lines.sku, '?-?')", "3")]
    [InlineData("COUNTIF(lines.sku, 'a-1')", "1")]
    [InlineData("COUNTIF(lines.qty, '')", "1")]
    [InlineData("COUNTIF(lines.qty, '<>')", "2")]
    [InlineData("COUNTIF(tags, 'vip')", "1")]
    [InlineData("COUNTIF([], 'x')", "0")]
    public void Countif_counts_matching_values(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("ROUND(2.675, 2)", "2.68")]
    [InlineData("ROUND(2.5, 0)", "3")]
    [InlineData("ROUND(-2.5, 0)", "-3")]
    [InlineData("ROUND(1234.567, -2)", "1200")]
    [InlineData("ROUND(1.005, 2)", "1.01")]
    [InlineData("ROUND(21.5)", "22")]
    [InlineData("ROUND(empty, 2)", "0")]
    public void Round_rounds_half_away_from_zero(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("ROUNDUP(3.2, 0)", "4")]
    [InlineData("ROUNDUP(-3.14159, 1)", "-3.2")]
    [InlineData("ROUNDUP(31415.92654, -2)", "31500")]
    [InlineData("ROUNDDOWN(3.7, 0)", "3")]
    [InlineData("ROUNDDOWN(-3.14159, 1)", "-3.1")]
    [InlineData("ROUNDDOWN(31415.92654, -2)", "31400")]
    [InlineData("ROUNDUP(empty)", "0")]
    public void Roundup_goes_away_from_zero_and_rounddown_toward_it(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("INT(8.9)", "8")]
    [InlineData("INT(-8.9)", "-9")]
    [InlineData("ABS(-4.25)", "4.25")]
    [InlineData("ABS(empty)", "0")]
    [InlineData("MOD(3, 2)", "1")]
    [InlineData("MOD(-3, 2)", "1")]
    [InlineData("MOD(3, -2)", "-1")]
    [InlineData("MOD(5.5, 2)", "1.5")]
    [InlineData("POWER(5, 2)", "25")]
    [InlineData("POWER(98.6, 3.2)", "2401077.22206958")]
    [InlineData("POWER(4, 5/4)", "5.65685424949238")]
    [InlineData("POWER(1.1, 2)", "1.21")]
    [InlineData("POWER(2, -1)", "0.5")]
    [InlineData("SQRT(16)", "4")]
    [InlineData("SQRT(2)", "1.4142135623731")]
    [InlineData("SQRT(empty)", "0")]
    public void Arithmetic_functions_match_excel(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("MOD(3, 0)", "#DIV/0!")]
    [InlineData("POWER(0, -1)", "#DIV/0!")]
    [InlineData("POWER(-8, 0.5)", "#NUM!")]
    [InlineData("SQRT(-16)", "#NUM!")]
    [InlineData("ROUND('abc', 1)", "not a number")]
    public void Invalid_arithmetic_names_the_excel_error(string formula, string error) =>
        Assert.Contains(error, Fails(formula).Message, StringComparison.Ordinal);
}
