using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using static FlowChannel.Expressions.Formulas.FormulaValues;

namespace FlowChannel.Expressions.Formulas;

/// <summary>An Excel criterion of SUMIF/COUNTIF: <c>5</c>, <c>"&gt;=10"</c>, <c>"&lt;&gt;done"</c>, <c>"app*"</c>, <c>""</c> (empty cells).</summary>
internal sealed class FormulaCriterion
{
    private readonly string _operator;
    private readonly decimal? _number;
    private readonly string _text;
    private readonly Regex? _pattern;

    private FormulaCriterion(string op, string operand)
    {
        _operator = op;
        _text = operand;
        _number = TryParse(operand, out var number) ? number : null;
        if (op is "=" or "<>" && (operand.Contains('*', StringComparison.Ordinal) || operand.Contains('?', StringComparison.Ordinal)))
        {
            var pattern = "^" + Regex.Escape(operand).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
            _pattern = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
    }

    public static FormulaCriterion Parse(JsValue criterion)
    {
        if (criterion.IsNumber() || criterion.IsBoolean())
        {
            return new FormulaCriterion("=", Text(criterion));
        }

        var text = Text(criterion);
        foreach (var op in new[] { ">=", "<=", "<>", "=", ">", "<" })
        {
            if (text.StartsWith(op, StringComparison.Ordinal))
            {
                return new FormulaCriterion(op, text[op.Length..]);
            }
        }

        return new FormulaCriterion("=", text);
    }

    public bool Matches(JsValue value)
    {
        if (_text.Length == 0 && _operator is "=" or "<>")
        {
            return IsEmpty(value) == (_operator == "=");
        }

        if (_number is { } number && TryNumber(value, out var actual))
        {
            var compared = actual.CompareTo(number);
            return Holds(compared);
        }

        if (_number is not null && _operator is not ("=" or "<>"))
        {
            return false;
        }

        var text = Text(value);
        if (_pattern is not null)
        {
            return _pattern.IsMatch(text) == (_operator == "=");
        }

        return Holds(string.Compare(text, _text, StringComparison.OrdinalIgnoreCase));
    }

    private bool Holds(int compared) => _operator switch
    {
        "=" => compared == 0,
        "<>" => compared != 0,
        ">" => compared > 0,
        ">=" => compared >= 0,
        "<" => compared < 0,
        _ => compared <= 0,
    };
}
