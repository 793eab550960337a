using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace FlowChannel.Expressions.Formulas;

/// <summary>Conversions between script values and the decimal, text, date and truth values the library computes with.</summary>
internal static class FormulaValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static ExpressionException Error(string function, string message) =>
        new($"{function}: {message}", ExpressionErrorKind.Runtime);

    /// <summary>Undefined, null, the empty string and the empty array are empty (a blank field).</summary>
    public static bool IsEmpty(JsValue value) =>
        value.IsUndefined() || value.IsNull() || (value.IsString() && value.AsString().Length == 0) || (value is JsArray a && a.Length == 0);

    public static JsValue Arg(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;

    /// <summary>The arguments with arrays (subform columns) spread into their items, recursively.</summary>
    public static List<JsValue> Flatten(JsValue[] arguments)
    {
        var items = new List<JsValue>(arguments.Length);
        foreach (var argument in arguments)
        {
            Add(items, argument);
        }

        return items;
    }

    public static void Add(List<JsValue> items, JsValue value)
    {
        if (value is JsArray array)
        {
            for (uint i = 0; i < array.Length; i++)
            {
                Add(items, array.Get(i));
            }
        }
        else
        {
            items.Add(value);
        }
    }

    /// <summary>A number, or a string that reads as one, as an exact decimal; false for anything else.</summary>
    public static bool TryNumber(JsValue value, out decimal number)
    {
        number = 0;
        if (value.IsNumber())
        {
            var d = value.AsNumber();
            if (!double.IsFinite(d) || Math.Abs(d) >= 7.9e28)
            {
                return false;
            }

            // The conversion keeps 15 significant digits, which turns 0.1 into exactly 0.1 and 2.675 into 2.675.
            number = (decimal)d;
            return true;
        }

        if (value.IsString())
        {
            return TryParse(value.AsString(), out number);
        }

        return false;
    }

    public static bool TryParse(string text, out decimal number)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (percent)
        {
            trimmed = trimmed[..^1];
        }

        if (trimmed.Length == 0 || !decimal.TryParse(trimmed, NumberStyles.Number | NumberStyles.AllowExponent, Invariant, out number))
        {
            number = 0;
            return false;
        }

        if (percent)
        {
            number /= 100;
        }

        return true;
    }

    /// <summary>A required numeric argument: empty reads as 0 (as a blank cell does), non-numbers are a #VALUE! error.</summary>
    public static decimal Number(string function, JsValue[] arguments, int index)
    {
        var value = Arg(arguments, index);
        if (value.IsBoolean())
        {
            return value.AsBoolean() ? 1 : 0;
        }

        if (IsEmpty(value))
        {
            return 0;
        }

        if (TryNumber(value, out var number))
        {
            return number;
        }

        throw Error(function, $"argument {index + 1} is not a number ({Describe(value)}).");
    }

    public static int Integer(string function, JsValue[] arguments, int index, int fallback)
    {
        if (index >= arguments.Length || arguments[index].IsUndefined())
        {
            return fallback;
        }

        var number = decimal.Truncate(Number(function, arguments, index));
        if (number is > int.MaxValue or < int.MinValue)
        {
            throw Error(function, $"argument {index + 1} is out of range.");
        }

        return (int)number;
    }

    public static JsValue ToJs(decimal number) => new JsNumber((double)number);

    /// <summary>A double result (from Math.Sqrt, Math.Pow) with binary noise beyond 15 significant digits removed.</summary>
    public static JsValue ToJs(double number) =>
        double.IsFinite(number) && Math.Abs(number) is < 7.9e28 and >= 1e-12 ? new JsNumber((double)(decimal)number) : new JsNumber(number);

    /// <summary>Text of a value as Excel shows it: numbers without binary noise, TRUE/FALSE, empty as "".</summary>
    public static string Text(JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return string.Empty;
        }

        if (value.IsString())
        {
            return value.AsString();
        }

        if (value.IsBoolean())
        {
            return value.AsBoolean() ? "TRUE" : "FALSE";
        }

        if (value.IsNumber() && TryNumber(value, out var number))
        {
            return number.ToString(Invariant);
        }

        if (value is JsArray array)
        {
            var items = new List<JsValue>();
            Add(items, array);
            return string.Join(",", items.Select(Text));
        }

        return TypeConverter.ToString(value);
    }

    /// <summary>Truth as Excel sees it: non-zero numbers, TRUE/FALSE text; other non-empty text is true, as in JavaScript.</summary>
    public static bool Truth(JsValue value)
    {
        if (value.IsBoolean())
        {
            return value.AsBoolean();
        }

        if (IsEmpty(value))
        {
            return false;
        }

        if (value.IsNumber())
        {
            var d = value.AsNumber();
            return d != 0 && !double.IsNaN(d);
        }

        if (value.IsString())
        {
            var text = value.AsString().Trim();
            return !text.Equals("false", StringComparison.OrdinalIgnoreCase) && text != "0";
        }

        return true;
    }

    public static string Describe(JsValue value) =>
        value.IsString() ? $"\"{Truncate(value.AsString())}\"" : Truncate(TypeConverter.ToString(value));

    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
