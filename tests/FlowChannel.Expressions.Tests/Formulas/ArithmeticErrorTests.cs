namespace FlowChannel.Expressions.Tests.Formulas;

/// <summary>Plain JavaScript arithmetic that has no number as its result fails like a spreadsheet, not silently.</summary>
public sealed class ArithmeticErrorTests
{
    [Fact]
    public void Dividing_by_zero_reports_div0()
    {
        var error = Assert.Throws<ExpressionException>(() => Formula.Evaluator.Evaluate("price / 0", Formula.Scope()));
        Assert.Contains("#DIV/0!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_that_is_not_a_number_reports_value()
    {
        var error = Assert.Throws<ExpressionException>(() => Formula.Evaluator.Evaluate("0 / 0", Formula.Scope()));
        Assert.Contains("#VALUE!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evaluator_keeps_working_after_an_arithmetic_error()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.Throws<ExpressionException>(() => Formula.Evaluator.Evaluate("price / 0", Formula.Scope()));
        }
        Assert.Equal("59.97", Formula.Evaluator.Evaluate("ROUND(price * quantity, 2)", Formula.Scope())!.ToJsonString());
    }
}
