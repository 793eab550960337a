using Jint;
using Jint.Native;
using static FlowChannel.Expressions.Formulas.FormulaValues;

namespace FlowChannel.Expressions.Formulas;

/// <summary>Aggregates and arithmetic, computed in decimal so money never shows binary floating-point artefacts.</summary>
internal static class MathFunctions
{
    public static JsValue Sum(JsValue[] a) => ToJs(Numbers(a).Sum());

    public static JsValue Average(JsValue[] a)
    {
        var numbers = Numbers(a);
        if (numbers.Count == 0)
        {
            throw Error("AVERAGE", "there are no numbers to average (#DIV/0!).");
        }

        return ToJs(numbers.Sum() / numbers.Count);
    }

    public static JsValue Min(JsValue[] a)
    {
        var numbers = Numbers(a);
        return ToJs(numbers.Count == 0 ? 0 : numbers.Min());
    }

    public static JsValue Max(JsValue[] a)
    {
        var numbers = Numbers(a);
        return ToJs(numbers.Count == 0 ? 0 : numbers.Max());
    }

    public static JsValue Count(JsValue[] a) => new JsNumber(Numbers(a).Count);

    public static JsValue SumIf(JsValue[] a)
    {
        var range = Items(Arg(a, 0));
        var criterion = FormulaCriterion.Parse(Arg(a, 1));
        var sumRange = a.Length > 2 ? Items(a[2]) : range;
        var total = 0m;
        for (var i = 0; i < range.Count && i < sumRange.Count; i++)
        {
            if (criterion.Matches(range[i]) && TryNumber(sumRange[i], out var number))
            {
                total += number;
            }
        }

        return ToJs(total);
    }

    public static JsValue CountIf(JsValue[] a)
    {
        var criterion = FormulaCriterion.Parse(Arg(a, 1));
        return new JsNumber(Items(Arg(a, 0)).Count(criterion.Matches));
    }

    public static JsValue Round(JsValue[] a) => Rounded("ROUND", a, MidpointRounding.AwayFromZero);

    public static JsValue RoundUp(JsValue[] a) => Rounded("ROUNDUP", a, MidpointRounding.AwayFromZero, up: true);

    public static JsValue RoundDown(JsValue[] a) => Rounded("ROUNDDOWN", a, MidpointRounding.ToZero);

    public static JsValue Int(JsValue[] a) => ToJs(decimal.Floor(Number("INT", a, 0)));

    public static JsValue Abs(JsValue[] a) => ToJs(Math.Abs(Number("ABS", a, 0)));

    public static JsValue Mod(JsValue[] a)
    {
        var number = Number("MOD", a, 0);
        var divisor = Number("MOD", a, 1);
        if (divisor == 0)
        {
            throw Error("MOD", "division by zero (#DIV/0!).");
        }

        // Excel: the result has the sign of the divisor.
        return ToJs(number - (divisor * decimal.Floor(number / divisor)));
    }

    public static JsValue Power(JsValue[] a)
    {
        var number = Number("POWER", a, 0);
        var power = Number("POWER", a, 1);
        if (number == 0 && power < 0)
        {
            throw Error("POWER", "zero to a negative power (#DIV/0!).");
        }

        if (power == decimal.Truncate(power) && Math.Abs(power) <= 64 && TryExactPower(number, (int)power, out var exact))
        {
            return ToJs(exact);
        }

        var result = Math.Pow((double)number, (double)power);
        if (!double.IsFinite(result))
        {
            throw Error("POWER", "the result is not a real number (#NUM!).");
        }

        return ToJs(result);
    }

    public static JsValue Sqrt(JsValue[] a)
    {
        var number = Number("SQRT", a, 0);
        if (number < 0)
        {
            throw Error("SQRT", "the argument is negative (#NUM!).");
        }

        return ToJs(Math.Sqrt((double)number));
    }

    private static bool TryExactPower(decimal number, int power, out decimal result)
    {
        result = 1;
        try
        {
            for (var i = 0; i < Math.Abs(power); i++)
            {
                result *= number;
            }

            if (power < 0)
            {
                result = 1 / result;
            }

            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static JsValue Rounded(string name, JsValue[] a, MidpointRounding mode, bool up = false)
    {
        var number = Number(name, a, 0);
        var digits = Integer(name, a, 1, 0);
        if (digits is > 20 or < -20)
        {
            throw Error(name, "digits must be between -20 and 20.");
        }

        var scale = Pow10(Math.Abs(digits));
        var shifted = digits >= 0 ? number * scale : number / scale;
        decimal rounded;
        if (up)
        {
            rounded = shifted >= 0 ? decimal.Ceiling(shifted) : decimal.Floor(shifted);
        }
        else
        {
            rounded = decimal.Round(shifted, 0, mode);
        }

        return ToJs(digits >= 0 ? rounded / scale : rounded * scale);
    }

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>The numbers among the arguments and their array items; empty values and text that is not a number are skipped.</summary>
    private static List<decimal> Numbers(JsValue[] arguments)
    {
        var numbers = new List<decimal>();
        foreach (var value in Flatten(arguments))
        {
            if (TryNumber(value, out var number))
            {
                numbers.Add(number);
            }
        }

        return numbers;
    }

    private static List<JsValue> Items(JsValue value)
    {
        var items = new List<JsValue>();
        Add(items, value);
        return items;
    }
}
