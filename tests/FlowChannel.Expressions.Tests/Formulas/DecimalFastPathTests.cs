using System.Text.Json.Nodes;
using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Expressions.Tests.Formulas;

/// <summary>
/// The decimal fast path must give what the JavaScript path gives (exactly, where JavaScript's doubles would round),
/// and fail or hand over exactly where JavaScript fails: each formula is run both ways on the same values.
/// </summary>
public sealed class DecimalFastPathTests
{
    private static readonly FormulaEvaluator Evaluator = new();

    public static TheoryData<string> Formulas() =>
    [
        "row.qty * row.price", "a + b", "a - b * 2", "a / b", "a % b", "-a", "+a", "!a", "a > b", "a >= b", "a < b", "a <= b",
        "a == b", "a === b", "a != b", "a !== b", "a && b", "a || b", "a > 1 ? a : b", "IF(a > b, a, b)", "IF(a, 1)",
        "SUM(a, b, lines.amount)", "SUM(lines.amount) * 2", "COUNT(lines.amount)", "MIN(lines.amount)", "MAX(a, b)",
        "AVERAGE(lines.amount)", "ROUND(a / 3, 2)", "ROUNDUP(a, -1)", "ROUNDDOWN(b, 1)", "ABS(a - b)", "INT(a / b)",
        "AND(a, b)", "OR(a > 5, b > 5)", "NOT(a)", "name == 'x'", "name > 'a'", "a + name", "flag + 1", "flag == 1", "empty + 1", "empty == null",
        "a / 3", "2 / 3 * 3 > 2", "AVERAGE(a, b, 1)", "IF(space, 1, 2)", "AND(space, true)", "tiny * tiny > 0", "tiny > 0",
    ];

    private static readonly string[] Records =
    [
        """{"a": 7.5, "b": 2, "name": "x", "flag": true, "lines": [{"amount": 0.1}, {"amount": 0.2}], "row": null, "space": "  ", "tiny": 1e-20}""",
        """{"a": 10, "b": 1e-30, "tiny": 1e-30, "space": " false "}""",
        """{"a": 0, "b": 0, "name": "", "flag": false, "lines": []}""",
        """{"a": -3, "b": "4", "name": "b", "lines": [{"amount": "12.5"}, {"amount": null}, {"amount": true}]}""",
        """{"a": 1e20, "b": 1e20, "lines": [{"amount": 79228162514264337593543950335}]}""",
    ];

    [Fact]
    public void Everyday_form_formulas_take_the_fast_path_and_the_rest_do_not()
    {
        Assert.True(Compile("row.qty * row.price").HasFastPath);
        Assert.True(Compile("SUM(lines.amount)").HasFastPath);
        Assert.True(Compile("IF(total > 10000, total * 0.05, 0)").HasFastPath);
        Assert.False(Compile("LEN(name)").HasFastPath);
        Assert.False(Compile("lines.amount.length").HasFastPath);
        Assert.False(Compile("Infinity > a").HasFastPath);
        Assert.False(Compile("1e-30 + a").HasFastPath);
    }

    [Fact]
    public void Money_products_are_exact_on_the_fast_path()
    {
        var row = new JsonObject { ["qty"] = 3, ["price"] = 19.99m };
        Assert.Equal(59.97m, Evaluator.Evaluate(Compile("row.qty * row.price"), new FormulaScope([], row))!.GetValue<decimal>());
        Assert.Equal(0.3m, Evaluator.Evaluate(Compile("a + b"), new FormulaScope(new JsonObject { ["a"] = 0.1m, ["b"] = 0.2m }))!.GetValue<decimal>());
    }

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Fast_and_JavaScript_paths_agree(string text)
    {
        var fast = Compile(text);
        var javaScriptOnly = new CompiledFormula(fast.Text, fast.References, fast.Functions, fast.Script, fast.Bindings);
        foreach (var json in Records)
        {
            var fields = JsonNode.Parse(json)!.AsObject();
            var scope = new FormulaScope(fields, new JsonObject { ["qty"] = fields["a"]?.DeepClone(), ["price"] = fields["b"]?.DeepClone() });
            var expected = Run(javaScriptOnly, scope);
            var actual = Run(fast, scope);
            Assert.True(Same(expected, actual), $"{text} on {json}: JavaScript gave {expected}, the fast path {actual}");
        }
    }

    private static CompiledFormula Compile(string text) => FormulaCompiler.Compile(text).GetFormulaOrThrow();

    private static string Run(CompiledFormula formula, FormulaScope scope)
    {
        try
        {
            return Evaluator.Evaluate(formula, scope)?.ToJsonString() ?? "null";
        }
        catch (ExpressionException e)
        {
            return "error: " + e.Message;
        }
    }

    // Numbers compare by value: JavaScript cleans its double to 15 significant digits, the fast path keeps every digit.
    private static bool Same(string expected, string actual) =>
        expected == actual
        || (decimal.TryParse(expected, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var e)
            && decimal.TryParse(actual, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var a)
            && Math.Abs(e - a) <= Math.Abs(e) * 1e-14m);
}
