using FlowChannel.Expressions.Formulas;
using static FlowChannel.Expressions.Tests.Formulas.Formula;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class HostileFormulaTests
{
    private static readonly FormulaEvaluator Strict = new(ExpressionLimits.Default with { TimeoutMilliseconds = 300 });

    [Fact]
    public void Infinite_loop_is_stopped_by_a_limit()
    {
        var error = Assert.Throws<ExpressionException>(() => Strict.Evaluate("while (true) {}", Scope()));
        Assert.True(error.Kind is ExpressionErrorKind.Timeout or ExpressionErrorKind.LimitExceeded, error.Message);
        StillWorks(Strict);
    }

    [Fact]
    public void Loop_of_cheap_statements_is_stopped_by_the_statement_limit()
    {
        var error = Fails("let i = 0; for (;;) { i++; }");
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("statements", error.Message, StringComparison.Ordinal);
        StillWorks(Evaluator);
    }

    [Theory]
    [InlineData("'x'.repeat(1e9)")]
    [InlineData("'x'.repeat(2 ** 27).length")]
    [InlineData("'x'.repeat(2 ** 27) + 'y'")]
    [InlineData("new Array(1e8).fill(0).length")]
    [InlineData("let a = []; while (true) { a.push('xxxxxxxxxxxxxxxx' + a.length); }")]
    public void Huge_allocation_is_stopped(string formula)
    {
        var error = Fails(formula);
        Assert.True(error.Kind is ExpressionErrorKind.LimitExceeded or ExpressionErrorKind.Runtime or ExpressionErrorKind.Timeout, error.Message);
        StillWorks(Evaluator);
    }

    [Fact]
    public void Deep_recursion_is_stopped_by_the_recursion_limit()
    {
        var error = Fails("const f = n => f(n + 1) + 1; f(0)");
        Assert.Equal(ExpressionErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("nested deeper", error.Message, StringComparison.Ordinal);
        StillWorks(Evaluator);
    }

    [Theory]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("eval('1 + 1')")]
    [InlineData("fetch('http://example.com')")]
    [InlineData("require('fs')")]
    public void Calls_to_host_or_network_functions_are_unknown_functions(string formula)
    {
        var error = Fails(formula);
        Assert.Equal(ExpressionErrorKind.Syntax, error.Kind);
        Assert.Contains("Unknown function", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("clr.System.Environment.Exit(1)")]
    [InlineData("new XMLHttpRequest()")]
    [InlineData("this.System.Console")]
    public void Dotnet_and_network_objects_do_not_exist(string formula)
    {
        var error = Fails(formula);
        Assert.Equal(ExpressionErrorKind.Runtime, error.Kind);
        StillWorks(Evaluator);
    }

    [Theory]
    [InlineData("new Function('return 1')()")]
    [InlineData("(() => 0).constructor('return 1')()")]
    [InlineData("globalThis.eval('1')")]
    public void Code_from_strings_is_refused(string formula)
    {
        var error = Fails(formula);
        Assert.Equal(ExpressionErrorKind.Runtime, error.Kind);
        StillWorks(Evaluator);
    }

    [Fact]
    public void Library_functions_cannot_carry_data_between_evaluations()
    {
        // An evaluator of its own has one pooled engine, so the second evaluation runs where the first one did.
        var evaluator = new FormulaEvaluator(ExpressionLimits.Default with { MaxStatements = 99_001 });
        Assert.ThrowsAny<ExpressionException>(() => evaluator.Evaluate("SUM.secret = 42; 1", Scope()));
        Assert.Equal("null", AsJson(evaluator.Evaluate("SUM.secret ?? null", Scope())));
    }

    [Theory]
    [InlineData("Object.defineProperty(SUM, 'name', { value: 'secret' }); 1")]
    [InlineData("delete SUM.name; 1")]
    public void Library_function_properties_cannot_be_redefined(string formula)
    {
        var evaluator = new FormulaEvaluator(ExpressionLimits.Default with { MaxStatements = 99_002 + formula.Length });
        Assert.ThrowsAny<ExpressionException>(() => evaluator.Evaluate(formula, Scope()));
        Assert.Equal("\"SUM\"", AsJson(evaluator.Evaluate("SUM.name", Scope())));
    }

    [Fact]
    public void Built_ins_cannot_be_changed()
    {
        Assert.ThrowsAny<ExpressionException>(() => Evaluator.Evaluate("Array.prototype.sum = () => 1; 1", Scope()));
        Assert.Equal("false", Eval("'sum' in []"));
    }

    [Fact]
    public void Library_errors_deep_in_calls_leave_the_reused_engine_sound()
    {
        var evaluator = new FormulaEvaluator(ExpressionLimits.Default with { MaxStatements = 99_100 });
        for (var i = 0; i < 100; i++)
        {
            var error = Assert.Throws<ExpressionException>(() =>
                evaluator.Evaluate("const f = n => n == 0 ? VALUE('abc') : f(n - 1); f(40)", Scope()));
            Assert.Contains("#VALUE!", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal("60", AsJson(evaluator.Evaluate("const g = n => n == 0 ? 0 : 1 + g(n - 1); g(60)", Scope())));
        Assert.Equal("2024-03-15", evaluator.Evaluate("TODAY()", Scope())!.GetValue<string>());
    }

    [Fact]
    public void Thrown_errors_become_expression_exceptions() =>
        Assert.Contains("boom", Fails("throw new Error('boom')").Message, StringComparison.Ordinal);

    [Fact]
    public void Many_hostile_formulas_in_a_row_leave_the_evaluator_working()
    {
        string[] hostile = ["while(true){}", "const f = () => f(); f()", "'x'.repeat(1e9)", "new Function('1')()", "missing.x.y"];
        for (var round = 0; round < 3; round++)
        {
            foreach (var formula in hostile)
            {
                Assert.ThrowsAny<ExpressionException>(() => Strict.Evaluate(formula, Scope()));
            }
        }

        StillWorks(Strict);
        StillWorks(Evaluator);
    }

    private static void StillWorks(FormulaEvaluator evaluator) =>
        Assert.Equal("0.3", evaluator.Evaluate("SUM(lines.amount)", Scope())?.ToJsonString());
}
