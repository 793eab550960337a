using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;
using FlowChannel.Expressions.Json;
using Jint.Native;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// Answers the most common workflow expressions without an engine: a host call with at most one string argument,
/// followed by property reads, optionally compared with a number or defaulted with <c>||</c>/<c>??</c> and a literal
/// (<c>getInput('record').id</c>, <c>getScore() &gt;= 60</c>, <c>getComment() || null</c>). They are most of the scripts in a typical flow and cost microseconds each in Jint.
/// Whenever the data would make JavaScript do anything beyond a plain read (a missing object, a non-number in a
/// comparison, a name inherited from Object.prototype), the shortcut declines and the script runs in Jint as usual.
/// </summary>
internal sealed class ScriptShortcut
{
    private static readonly HashSet<string> InheritedNames =
    [
        "constructor", "__proto__", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
        "toString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    ];

    private readonly int _global;
    private readonly JsValue[] _arguments;
    private readonly string[] _path;
    private readonly Operator _operator;
    private readonly double _number;
    private readonly bool _numberFirst;

    private JsonNode? _fallback;

    private ScriptShortcut(int global, JsValue[] arguments, string[] path, Operator op, double number, bool numberFirst)
    {
        _global = global;
        _arguments = arguments;
        _path = path;
        _operator = op;
        _number = number;
        _numberFirst = numberFirst;
    }

    /// <summary>A shortcut for a script that is one such expression, or null.</summary>
    public static ScriptShortcut? TryCreate(Script ast, Func<string, int> functionIndex)
    {
        var expression = ast.Body.Count == 1
            ? ast.Body[0] switch { ExpressionStatement e => e.Expression, ReturnStatement r => r.Argument, _ => null }
            : null;
        if (expression is NonLogicalBinaryExpression { Operator: Operator.LessThan or Operator.LessThanOrEqual or Operator.GreaterThan
                or Operator.GreaterThanOrEqual or Operator.Equality or Operator.Inequality or Operator.StrictEquality or Operator.StrictInequality } comparison)
        {
            return (comparison.Left, comparison.Right) switch
            {
                (NumericLiteral n, var chain) => Chain(chain, functionIndex, comparison.Operator, n.Value, numberFirst: true),
                (var chain, NumericLiteral n) => Chain(chain, functionIndex, comparison.Operator, n.Value, numberFirst: false),
                _ => null,
            };
        }

        // `chain || literal` and `chain ?? literal`: a default for a missing value.
        if (expression is LogicalExpression { Operator: Operator.LogicalOr or Operator.NullishCoalescing } logical
            && Fallback(logical.Right) is var (isLiteral, fallback) && isLiteral)
        {
            var shortcut = Chain(logical.Left, functionIndex, logical.Operator, 0, false);
            if (shortcut is not null)
            {
                shortcut._fallback = fallback;
            }

            return shortcut;
        }

        return expression is null ? null : Chain(expression, functionIndex, Operator.Unknown, 0, false);
    }

    private static (bool IsLiteral, JsonNode? Value) Fallback(Expression expression) => expression switch
    {
        NullLiteral => (true, null),
        StringLiteral text => (true, JsonValue.Create(text.Value)),
        NumericLiteral number => (true, JsonScalars.FromDouble(number.Value)),
        BooleanLiteral flag => (true, JsonValue.Create(flag.Value)),
        _ => (false, null),
    };

    public bool TryEvaluate<TContext>(ScriptGlobals<TContext> globals, TContext context, out JsonNode? result)
    {
        result = null;
        var node = globals.Globals[_global].Function!(context, new ScriptArguments(_arguments));
        foreach (var name in _path)
        {
            if (node is not JsonObject obj || (!obj.TryGetPropertyValue(name, out node) && InheritedNames.Contains(name)))
            {
                return false;
            }
        }

        if (_operator == Operator.Unknown)
        {
            result = JsonScalars.Normalize(node);
            return true;
        }

        if (_operator is Operator.LogicalOr or Operator.NullishCoalescing)
        {
            var useFallback = _operator == Operator.NullishCoalescing ? node is null : IsFalsy(node);
            result = JsonScalars.Normalize(useFallback ? _fallback : node);
            return true;
        }

        if (!JsonScalars.TryGetDouble(node, out var value))
        {
            return false;
        }

        var (left, right) = _numberFirst ? (_number, value) : (value, _number);
        result = JsonValue.Create(_operator switch
        {
            Operator.LessThan => left < right,
            Operator.LessThanOrEqual => left <= right,
            Operator.GreaterThan => left > right,
            Operator.GreaterThanOrEqual => left >= right,
            Operator.Equality or Operator.StrictEquality => left == right,
            _ => left != right,
        });
        return true;
    }

    /// <summary>JavaScript's falsy values as they occur in JSON: null, false, 0 and the empty string.</summary>
    private static bool IsFalsy(JsonNode? node) => node switch
    {
        null => true,
        JsonValue value when JsonScalars.TryGetBoolean(value, out var flag) => !flag,
        JsonValue value when JsonScalars.TryGetDouble(value, out var number) => number == 0,
        JsonValue value when JsonScalars.TryGetString(value, out var text) => text.Length == 0,
        _ => false,
    };

    private static ScriptShortcut? Chain(Expression expression, Func<string, int> functionIndex, Operator op, double number, bool numberFirst)
    {
        var path = new List<string>();
        while (expression is MemberExpression { Optional: false } member)
        {
            switch (member)
            {
                case { Computed: false, Property: Identifier property }:
                    path.Add(property.Name);
                    break;
                case { Computed: true, Property: StringLiteral literal }:
                    path.Add(literal.Value);
                    break;
                default:
                    return null;
            }

            expression = member.Object;
        }

        if (expression is not CallExpression { Optional: false, Callee: Identifier callee } call || call.Arguments.Count > 1
            || functionIndex(callee.Name) is not (>= 0 and var index))
        {
            return null;
        }

        JsValue[] arguments;
        if (call.Arguments.Count == 0)
        {
            arguments = [];
        }
        else if (call.Arguments[0] is StringLiteral argument)
        {
            arguments = [new JsString(argument.Value)];
        }
        else
        {
            return null;
        }

        path.Reverse();
        return new ScriptShortcut(index, arguments, [.. path], op, number, numberFirst);
    }
}
