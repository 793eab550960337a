using System.Globalization;
using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// Turns a parsed formula into the delegate tree of a <see cref="DecimalFormula"/>, or gives null as soon as a part
/// is not covered (then the formula always runs in JavaScript). <paramref name="fields"/> are the names the formula
/// reads as fields; any other name (a JavaScript global, a library function used as a value) is not covered.
/// </summary>
internal sealed class DecimalFormulaBuilder(HashSet<string> fields)
{
    public Func<FormulaScope, DecimalValue>? Build(Node node) => node switch
    {
        // A literal decimal cannot hold exactly (1e-30, 1e40, 0x1F) is left to JavaScript.
        NumericLiteral n => decimal.TryParse(n.Raw, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d)
            && (double)d == n.Value
            ? Constant(DecimalValue.Of(d))
            : null,
        StringLiteral s => Constant(DecimalValue.Of(s.Value)),
        BooleanLiteral b => Constant(DecimalValue.Of(b.Value)),
        NullLiteral => Constant(DecimalValue.Null),
        Identifier { Name: var name } when fields.Contains(name) =>
            scope => DecimalValue.FromJson(scope.Fields[name]),
        MemberExpression { Computed: false, Object: Identifier { Name: var owner }, Property: Identifier { Name: var member } }
            when member != "length" && (owner == "row" || fields.Contains(owner)) =>
            Member(owner, member),
        NonLogicalBinaryExpression binary => Binary(binary),
        LogicalExpression logical => Logical(logical),
        NonUpdateUnaryExpression unary => Unary(unary),
        ConditionalExpression c => Conditional(c.Test, c.Consequent, c.Alternate),
        CallExpression { Callee: Identifier { Name: var function } } call => Call(function, call.Arguments),
        _ => null,
    };

    private static Func<FormulaScope, DecimalValue> Constant(DecimalValue value) => _ => value;

    private static Func<FormulaScope, DecimalValue> Member(string owner, string member)
    {
        if (owner == "row")
        {
            return scope => scope.Row is { } row ? DecimalValue.FromJson(row[member]) : DecimalValue.Unsupported;
        }

        return scope => scope.Fields[owner] switch
        {
            JsonArray rows => Column(rows, member),
            JsonObject obj => DecimalValue.FromJson(obj[member]),
            null => DecimalValue.Null,
            _ => DecimalValue.Unsupported,
        };
    }

    // A subform column: every row's value of the member, as the JavaScript path binds it.
    private static DecimalValue Column(JsonArray rows, string member)
    {
        var items = new List<DecimalValue>(rows.Count);
        foreach (var row in rows)
        {
            if (row is not JsonObject obj)
            {
                return DecimalValue.Unsupported;
            }

            var value = DecimalValue.FromJson(obj[member]);
            if (value.IsUnsupported)
            {
                return value;
            }

            items.Add(value);
        }

        return DecimalValue.Of(items);
    }

    private Func<FormulaScope, DecimalValue>? Binary(NonLogicalBinaryExpression node)
    {
        var left = Build(node.Left);
        var right = Build(node.Right);
        if (left is null || right is null)
        {
            return null;
        }

        Func<DecimalValue, DecimalValue, DecimalValue>? apply = node.Operator switch
        {
            Operator.Addition => (a, b) => Arithmetic(a, b, static (x, y) => x + y),
            Operator.Subtraction => (a, b) => Arithmetic(a, b, static (x, y) => x - y),
            Operator.Multiplication => (a, b) => Arithmetic(a, b, static (x, y) => x * y is var p && (p != 0 || x == 0 || y == 0) ? p : null),
            Operator.Division => (a, b) => b.TryArithmetic(out var y) && y != 0 ? Arithmetic(a, b, DecimalFunctions.ExactQuotient) : DecimalValue.Unsupported,
            Operator.Remainder => (a, b) => b.TryArithmetic(out var y) && y != 0 ? Arithmetic(a, b, static (x, y) => x % y) : DecimalValue.Unsupported,
            Operator.LessThan => (a, b) => Compare(a, b, static c => c < 0),
            Operator.LessThanOrEqual => (a, b) => Compare(a, b, static c => c <= 0),
            Operator.GreaterThan => (a, b) => Compare(a, b, static c => c > 0),
            Operator.GreaterThanOrEqual => (a, b) => Compare(a, b, static c => c >= 0),
            Operator.Equality or Operator.StrictEquality => static (a, b) => DecimalFunctions.Equal(a, b),
            Operator.Inequality or Operator.StrictInequality => static (a, b) => DecimalFunctions.Equal(a, b) is { IsUnsupported: false } e ? DecimalValue.Of(!e.IsTruthy) : DecimalValue.Unsupported,
            _ => null,
        };
        if (apply is null)
        {
            return null;
        }

        return scope =>
        {
            var a = left(scope);
            if (a.IsUnsupported)
            {
                return a;
            }

            var b = right(scope);
            return b.IsUnsupported ? b : apply(a, b);
        };
    }

    // An operation answers null where decimal is not exact (a product that underflowed to 0, a quotient without an
    // exact decimal): JavaScript decides then.
    private static DecimalValue Arithmetic(DecimalValue a, DecimalValue b, Func<decimal, decimal, decimal?> operation) =>
        a.TryArithmetic(out var x) && b.TryArithmetic(out var y) && operation(x, y) is { } result
            ? DecimalValue.Of(result)
            : DecimalValue.Unsupported;

    // Numbers (and empty, which JavaScript compares as 0) or two texts; other mixes coerce in ways left to JavaScript.
    private static DecimalValue Compare(DecimalValue a, DecimalValue b, Func<int, bool> test)
    {
        if (a.Kind == DecimalValueKind.Text && b.Kind == DecimalValueKind.Text)
        {
            return DecimalValue.Of(test(string.CompareOrdinal(a.Text, b.Text)));
        }

        return a.TryArithmetic(out var x) && b.TryArithmetic(out var y) ? DecimalValue.Of(test(x.CompareTo(y))) : DecimalValue.Unsupported;
    }

    private Func<FormulaScope, DecimalValue>? Logical(LogicalExpression node)
    {
        var left = Build(node.Left);
        var right = Build(node.Right);
        if (left is null || right is null || node.Operator is not (Operator.LogicalAnd or Operator.LogicalOr))
        {
            return null;
        }

        var and = node.Operator == Operator.LogicalAnd;
        return scope =>
        {
            var a = left(scope);
            return a.IsUnsupported || a.IsTruthy != and ? a : right(scope);
        };
    }

    private Func<FormulaScope, DecimalValue>? Unary(NonUpdateUnaryExpression node)
    {
        var operand = Build(node.Argument);
        return (operand, node.Operator) switch
        {
            (null, _) => null,
            (_, Operator.LogicalNot) => scope => operand(scope) is var v && v.IsUnsupported ? v : DecimalValue.Of(!v.IsTruthy),
            (_, Operator.UnaryNegation) => scope => operand(scope).TryArithmetic(out var x) ? DecimalValue.Of(-x) : DecimalValue.Unsupported,
            (_, Operator.UnaryPlus) => scope => operand(scope).TryArithmetic(out var x) ? DecimalValue.Of(x) : DecimalValue.Unsupported,
            _ => null,
        };
    }

    private Func<FormulaScope, DecimalValue>? Conditional(Node test, Node consequent, Node? alternate)
    {
        var condition = Build(test);
        var then = Build(consequent);
        var otherwise = alternate is null ? Constant(DecimalValue.False) : Build(alternate);
        if (condition is null || then is null || otherwise is null)
        {
            return null;
        }

        return scope =>
        {
            var c = condition(scope);
            return c.IsUnsupported ? c : c.IsTruthy ? then(scope) : otherwise(scope);
        };
    }

    private Func<FormulaScope, DecimalValue>? Call(string function, NodeList<Expression> arguments)
    {
        var built = new Func<FormulaScope, DecimalValue>[arguments.Count];
        for (var i = 0; i < built.Length; i++)
        {
            if (arguments[i] is SpreadElement || Build(arguments[i]) is not { } argument)
            {
                return null;
            }

            built[i] = argument;
        }

        // IF is lazy, as in Excel: only the chosen value is computed.
        if (function == "IF" && built.Length is 2 or 3)
        {
            return scope =>
            {
                var test = DecimalFunctions.ExcelTruth(built[0](scope));
                return test.IsUnsupported ? test : test.IsTruthy ? built[1](scope) : built.Length == 3 ? built[2](scope) : DecimalValue.False;
            };
        }

        var body = DecimalFunctions.Find(function, built.Length);
        if (body is null)
        {
            return null;
        }

        return scope =>
        {
            var values = new DecimalValue[built.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = built[i](scope);
                if (values[i].IsUnsupported)
                {
                    return values[i];
                }
            }

            return body(values);
        };
    }
}
