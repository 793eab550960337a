using System.Text.RegularExpressions;
using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class FormulaCompilerTests
{
    [Fact]
    public void References_list_fields_row_columns_and_subform_columns_in_order()
    {
        var formula = FormulaCompiler.Compile("price * row.qty + SUM(lines.amount) - discount").GetFormulaOrThrow();
        Assert.Equal(["price", "row.qty", "lines.amount", "discount"], formula.References);
        Assert.Equal(["SUM"], formula.Functions);
    }

    [Fact]
    public void References_leave_out_functions_builtins_locals_and_property_names()
    {
        var formula = FormulaCompiler.Compile(
            "const rate = 0.1; const f = x => x * rate; Math.max(f(price), { total: amount }.total, Number('1'))").GetFormulaOrThrow();
        Assert.Equal(["price", "amount"], formula.References);
    }

    [Fact]
    public void References_are_listed_once()
    {
        var formula = FormulaCompiler.Compile("IF(price > 10, price, price * 2)").GetFormulaOrThrow();
        Assert.Equal(["price"], formula.References);
        Assert.Equal(["IF"], formula.Functions);
    }

    [Fact]
    public void Computed_member_access_references_the_field_and_the_index_variable()
    {
        var formula = FormulaCompiler.Compile("lines.amount[index]").GetFormulaOrThrow();
        Assert.Equal(["lines.amount", "index"], formula.References);
    }

    [Fact]
    public void Syntax_error_is_reported_with_line_and_column()
    {
        var compilation = FormulaCompiler.Compile("SUM(price,\n  qty +)");
        Assert.False(compilation.Succeeded);
        var error = Assert.Single(compilation.Errors);
        Assert.Equal(ExpressionErrorKind.Syntax, error.Kind);
        Assert.Equal(2, error.Line);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void Unknown_function_is_reported_by_name_and_position()
    {
        var compilation = FormulaCompiler.Compile("SUM(a) +\n   VLOOKUP(b, c)");
        var error = Assert.Single(compilation.Errors);
        Assert.Contains("VLOOKUP", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Equal(4, error.Column);
    }

    [Fact]
    public void Every_unknown_function_is_reported()
    {
        var compilation = FormulaCompiler.Compile("FOO(1) + BAR(2) + SUM(3)");
        Assert.Equal(["FOO", "BAR"], compilation.Errors.Select(e => e.Message.Split('\'')[1]));
        Assert.Equal([1, 10], compilation.Errors.Select(e => e.Column));
    }

    [Fact]
    public void Function_names_are_case_sensitive() =>
        Assert.Contains("sum", FormulaCompiler.Compile("sum(1, 2)").Errors[0].Message, StringComparison.Ordinal);

    [Fact]
    public void Locally_declared_functions_may_be_called() =>
        Assert.True(FormulaCompiler.Compile("const twice = x => x * 2; twice(price)").Succeeded);

    [Fact]
    public void Assigning_to_a_field_is_rejected_with_a_hint_to_compare()
    {
        var compilation = FormulaCompiler.Compile("IF(status = 'done', 1, 0)");
        var error = Assert.Single(compilation.Errors);
        Assert.Contains("==", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Column);
    }

    [Fact]
    public void Compile_errors_surface_as_expression_exceptions_when_evaluating()
    {
        var error = Assert.Throws<ExpressionException>(() => Formula.Evaluator.Evaluate("NOPE(1)", Formula.Scope()));
        Assert.Equal(ExpressionErrorKind.Syntax, error.Kind);
        Assert.Equal(1, error.Line);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void Compiling_the_same_text_twice_returns_the_cached_formula() =>
        Assert.Same(FormulaCompiler.Compile("price + 1").Formula, FormulaCompiler.Compile("price + 1").Formula);

    [Fact]
    public void Every_documented_function_exists_in_the_library()
    {
        string[] required =
        [
            "IF", "IFS", "AND", "OR", "NOT", "SUM", "SUMIF", "AVERAGE", "MIN", "MAX", "COUNT", "COUNTIF", "ROUND", "ROUNDUP",
            "ROUNDDOWN", "INT", "ABS", "MOD", "POWER", "SQRT", "CONCATENATE", "TEXT", "VALUE", "LEFT", "RIGHT", "MID", "LEN",
            "UPPER", "LOWER", "TRIM", "REPLACE", "CONTAINS", "ISEMPTY", "TODAY", "NOW", "DATE", "YEAR", "MONTH", "DAY",
            "WEEKNUM", "DATEDIF", "DAYS", "DATEADD", "LOOKUP", "UUID",
        ];
        Assert.Empty(required.Except(FormulaEvaluator.FunctionNames));
    }

    [Fact]
    public void Documentation_describes_every_function()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "formula-functions.md"));
        string[] undocumented = [.. FormulaEvaluator.FunctionNames.Where(name => !docs.Contains($"### {name}", StringComparison.Ordinal))];
        Assert.Empty(undocumented);
    }

    [Fact]
    public void Every_documented_example_gives_its_documented_result()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "formula-functions.md"));
        var examples = Regex.Matches(docs, "`([A-Z]+\\(.*?\\))` → `(.+?)`(?! \\(for example\\))")
            .Where(m => !m.Groups[1].Value.StartsWith("NOW(", StringComparison.Ordinal))
            .ToList();
        Assert.True(examples.Count >= 44, $"only {examples.Count} examples found");
        foreach (var example in examples)
        {
            var actual = Formula.Eval(example.Groups[1].Value);
            Assert.True(actual == example.Groups[2].Value, $"{example.Groups[1].Value} gave {actual}, the docs say {example.Groups[2].Value}");
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FlowChannel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FlowChannel.sln not found above the test binaries.");
    }
}
