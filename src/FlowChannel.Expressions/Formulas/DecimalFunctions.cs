namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// The library functions <see cref="DecimalFormula"/> computes itself, with the same rules as their JavaScript-side
/// versions in <see cref="MathFunctions"/> and <see cref="LogicalFunctions"/>; where those would raise an error, these
/// answer <see cref="DecimalValue.Unsupported"/> so the JavaScript path raises it with its usual message.
/// </summary>
internal static class DecimalFunctions
{
    private const int MaxDigits = 20;

    public static Func<DecimalValue[], DecimalValue>? Find(string name, int arguments) => (name, arguments) switch
    {
        ("SUM", _) => a => Numbers(a) is { } n ? DecimalValue.Of(n.Sum()) : DecimalValue.Unsupported,
        ("COUNT", _) => a => Numbers(a) is { } n ? DecimalValue.Of(n.Count) : DecimalValue.Unsupported,
        ("MIN", _) => a => Numbers(a) is { } n ? DecimalValue.Of(n.Count == 0 ? 0 : n.Min()) : DecimalValue.Unsupported,
        ("MAX", _) => a => Numbers(a) is { } n ? DecimalValue.Of(n.Count == 0 ? 0 : n.Max()) : DecimalValue.Unsupported,
        ("AVERAGE", _) => a => Numbers(a) is { Count: > 0 } n && ExactQuotient(n.Sum(), n.Count) is { } average ? DecimalValue.Of(average) : DecimalValue.Unsupported,
        ("ROUND", 1 or 2) => a => Rounded(a, static (x, d) => decimal.Round(x, d, MidpointRounding.AwayFromZero)),
        ("ROUNDUP", 1 or 2) => a => Rounded(a, static (x, _) => x >= 0 ? decimal.Ceiling(x) : decimal.Floor(x), shift: true),
        ("ROUNDDOWN", 1 or 2) => a => Rounded(a, static (x, _) => decimal.Truncate(x), shift: true),
        ("ABS", 1) => a => Number(a[0]) is { } x ? DecimalValue.Of(Math.Abs(x)) : DecimalValue.Unsupported,
        ("INT", 1) => a => Number(a[0]) is { } x ? DecimalValue.Of(decimal.Floor(x)) : DecimalValue.Unsupported,
        ("AND", > 0) => a => Logical(a, all: true),
        ("OR", > 0) => a => Logical(a, all: false),
        ("NOT", 1) => a => ExcelTruth(a[0]) is { IsUnsupported: false } t ? DecimalValue.Of(!t.IsTruthy) : DecimalValue.Unsupported,
        _ => null,
    };

    /// <summary>
    /// The quotient when decimal holds it exactly (10 / 4), else null: 10 / 3 has no exact decimal, and JavaScript's
    /// 15-digit double would compare differently from 28 decimal digits (2 / 3 * 3 &gt; 2), so JavaScript decides.
    /// </summary>
    public static decimal? ExactQuotient(decimal x, decimal y)
    {
        var q = x / y;
        return q * y == x ? q : null;
    }

    /// <summary>Strict equality for values of one kind (empty equals only empty); mixed kinds are left to JavaScript.</summary>
    public static DecimalValue Equal(DecimalValue a, DecimalValue b)
    {
        if (a.Kind == DecimalValueKind.Null || b.Kind == DecimalValueKind.Null)
        {
            return DecimalValue.Of(a.Kind == b.Kind);
        }

        if (a.Kind != b.Kind)
        {
            return DecimalValue.Unsupported;
        }

        return a.Kind switch
        {
            DecimalValueKind.Number or DecimalValueKind.Boolean => DecimalValue.Of(a.Number == b.Number),
            DecimalValueKind.Text => DecimalValue.Of(string.Equals(a.Text, b.Text, StringComparison.Ordinal)),
            _ => DecimalValue.Unsupported,
        };
    }

    /// <summary>Truth as the library's IF, AND, OR and NOT see it (FormulaValues.Truth), as a boolean value.</summary>
    public static DecimalValue ExcelTruth(DecimalValue value) => value.Kind switch
    {
        DecimalValueKind.Null => DecimalValue.False,
        DecimalValueKind.Number or DecimalValueKind.Boolean => DecimalValue.Of(value.Number != 0),
        DecimalValueKind.Text => DecimalValue.Of(value.Text.Length > 0 && value.Text.Trim() is var t
            && !t.Equals("false", StringComparison.OrdinalIgnoreCase) && t != "0"),
        DecimalValueKind.List => DecimalValue.Of(value.Items.Count > 0),
        _ => DecimalValue.Unsupported,
    };

    // The numbers among the arguments and list items: text that reads as a number counts, other text, booleans and
    // empty values are skipped (MathFunctions.Numbers).
    private static List<decimal>? Numbers(DecimalValue[] arguments)
    {
        var capacity = 0;
        foreach (var argument in arguments)
        {
            capacity += argument.Kind == DecimalValueKind.List ? argument.Items.Count : 1;
        }

        var numbers = new List<decimal>(capacity);
        foreach (var argument in arguments)
        {
            if (!AddNumbers(argument, numbers))
            {
                return null;
            }
        }

        return numbers;
    }

    private static bool AddNumbers(DecimalValue value, List<decimal> numbers)
    {
        switch (value.Kind)
        {
            case DecimalValueKind.Number:
                numbers.Add(value.Number);
                return true;
            case DecimalValueKind.Text:
                if (FormulaValues.TryParse(value.Text, out var parsed))
                {
                    numbers.Add(parsed);
                }

                return true;
            case DecimalValueKind.List:
                foreach (var item in value.Items)
                {
                    if (!AddNumbers(item, numbers))
                    {
                        return false;
                    }
                }

                return true;
            case DecimalValueKind.Unsupported:
                return false;
            default:
                return true;
        }
    }

    // A numeric argument (FormulaValues.Number): booleans are 1 and 0, empty is 0, text must read as a number.
    private static decimal? Number(DecimalValue value) => value.Kind switch
    {
        DecimalValueKind.Number or DecimalValueKind.Boolean => value.Number,
        DecimalValueKind.Null => 0,
        DecimalValueKind.Text when value.Text.Length == 0 => 0,
        DecimalValueKind.Text when FormulaValues.TryParse(value.Text, out var parsed) => parsed,
        _ => null,
    };

    private static DecimalValue Rounded(DecimalValue[] a, Func<decimal, int, decimal> round, bool shift = false)
    {
        if (Number(a[0]) is not { } number || (a.Length > 1 ? Number(a[1]) : 0) is not { } digitsValue)
        {
            return DecimalValue.Unsupported;
        }

        var digits = decimal.Truncate(digitsValue);
        if (digits is > MaxDigits or < -MaxDigits)
        {
            return DecimalValue.Unsupported;
        }

        var d = (int)digits;
        if (d >= 0 && !shift)
        {
            return DecimalValue.Of(round(number, d));
        }

        var scale = Pow10(Math.Abs(d));
        var shifted = d >= 0 ? number * scale : number / scale;
        var rounded = round(shifted, 0);
        return DecimalValue.Of(d >= 0 ? rounded / scale : rounded * scale);
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

    private static DecimalValue Logical(DecimalValue[] arguments, bool all)
    {
        var values = new List<DecimalValue>();
        foreach (var argument in arguments)
        {
            if (argument.Kind == DecimalValueKind.List)
            {
                values.AddRange(argument.Items);
            }
            else
            {
                values.Add(argument);
            }
        }

        var any = false;
        var result = all;
        foreach (var value in values)
        {
            if (value.Kind == DecimalValueKind.Null || (value.Kind == DecimalValueKind.Text && value.Text.Length == 0))
            {
                continue;
            }

            var truth = ExcelTruth(value);
            if (truth.IsUnsupported)
            {
                return truth;
            }

            any = true;
            result = all ? result && truth.IsTruthy : result || truth.IsTruthy;
        }

        return any ? DecimalValue.Of(result) : DecimalValue.Unsupported;
    }
}
