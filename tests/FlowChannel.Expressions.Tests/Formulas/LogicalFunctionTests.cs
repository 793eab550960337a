using static FlowChannel.Expressions.Tests.Formulas.Formula;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class LogicalFunctionTests
{
    [Theory]
    [InlineData("IF(quantity > 2, 'bulk', 'single')", "\"bulk\"")]
    [InlineData("IF(quantity > 5, 'bulk', 'single')", "\"single\"")]
    [InlineData("IF(quantity > 5, 'bulk')", "false")]
    [InlineData("IF(empty, 'yes', 'no')", "\"no\"")]
    [InlineData("IF(nothing, 'yes', 'no')", "\"no\"")]
    [InlineData("IF(0, 'yes', 'no')", "\"no\"")]
    [InlineData("IF('FALSE', 'yes', 'no')", "\"no\"")]
    public void If_picks_the_branch_by_excel_truth(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("IF(COUNT(empty) > 0, AVERAGE(empty), 0)", "0")]
    [InlineData("IF(true, 1, SQRT(-1))", "1")]
    [InlineData("IF(quantity > 1, IF(quantity > 2, 'three', 'two'), AVERAGE())", "\"three\"")]
    [InlineData("IFS(ISEMPTY(empty), 'none', true, AVERAGE(empty))", "\"none\"")]
    [InlineData("[1, 2].map(x => IF(x > 1, 'big', 'small')).join()", "\"small,big\"")]
    public void If_and_ifs_compute_only_the_chosen_value(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void If_with_a_failing_chosen_value_still_fails() =>
        Assert.Contains("#DIV/0!", Fails("IF(true, AVERAGE(), 0)").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("IFS(price > 100, 'A', price > 10, 'B', true, 'C')", "\"B\"")]
    [InlineData("IFS(false, 1, true, 2)", "2")]
    public void Ifs_returns_the_value_of_the_first_true_condition(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void Ifs_without_a_true_condition_is_not_available_error() =>
        Assert.Contains("#N/A", Fails("IFS(false, 1, quantity > 10, 2)").Message, StringComparison.Ordinal);

    [Fact]
    public void Ifs_with_an_odd_number_of_arguments_fails() =>
        Assert.Contains("IFS", Fails("IFS(true, 1, false)").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("AND(true, quantity == 3)", "true")]
    [InlineData("AND(true, false)", "false")]
    [InlineData("AND(true, empty, nothing)", "true")]
    [InlineData("AND([true, true], 1)", "true")]
    [InlineData("OR(false, quantity == 3)", "true")]
    [InlineData("OR(false, 0)", "false")]
    [InlineData("OR(false, empty, true)", "true")]
    [InlineData("NOT(true)", "false")]
    [InlineData("NOT(0)", "true")]
    [InlineData("NOT(empty)", "true")]
    public void And_or_not_follow_excel(string formula, string expected) => Assert.Equal(expected, Eval(formula));

    [Theory]
    [InlineData("AND()")]
    [InlineData("OR(empty, nothing)")]
    public void And_or_without_values_is_a_value_error(string formula) =>
        Assert.Contains("#VALUE!", Fails(formula).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("ISEMPTY(empty)", "true")]
    [InlineData("ISEMPTY(nothing)", "true")]
    [InlineData("ISEMPTY(missingField)", "true")]
    [InlineData("ISEMPTY([])", "true")]
    [InlineData("ISEMPTY(0)", "false")]
    [InlineData("ISEMPTY(' ')", "false")]
    [InlineData("ISEMPTY(customer)", "false")]
    public void Isempty_is_true_only_for_blank_values(string formula, string expected) => Assert.Equal(expected, Eval(formula));
}
