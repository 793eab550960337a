using System.Globalization;
using System.Text;
using Jint;
using Jint.Native;

namespace FlowChannel.Expressions.Formulas;

/// <summary>A date or date-time read from an ISO string; written back in the same shape (date only, local, or with its offset).</summary>
internal readonly record struct FormulaDate(DateTime Value, bool HasTime, TimeSpan? Offset)
{
    public string Format() => Format(Value);

    public string Format(DateTime value)
    {
        if (!HasTime)
        {
            return value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var text = value.ToString(value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return Offset switch
        {
            null => text,
            { } o when o == TimeSpan.Zero => text + "Z",
            { } o => text + (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture),
        };
    }
}

internal static class FormulaDates
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryParse(string text, out DateTime value, out FormulaDate date)
    {
        var trimmed = text.Trim();
        value = default;
        date = default;
        if (trimmed.Length < 10 || !char.IsAsciiDigit(trimmed[0]) || trimmed[4] != '-')
        {
            return false;
        }

        if (trimmed.Length == 10)
        {
            if (!DateTime.TryParseExact(trimmed, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out value))
            {
                return false;
            }

            date = new FormulaDate(value, false, null);
            return true;
        }

        var hasOffset = trimmed.EndsWith('Z') || trimmed.LastIndexOfAny(['+', '-']) > 10;
        if (hasOffset)
        {
            if (!DateTimeOffset.TryParse(trimmed, Invariant, DateTimeStyles.None, out var withOffset))
            {
                return false;
            }

            value = withOffset.DateTime;
            date = new FormulaDate(value, true, withOffset.Offset);
            return true;
        }

        if (!DateTime.TryParse(trimmed, Invariant, DateTimeStyles.None, out value))
        {
            return false;
        }

        date = new FormulaDate(value, true, null);
        return true;
    }

    /// <summary>A date argument: false when empty (the function then returns empty); a #VALUE! error when not a date.</summary>
    public static bool TryArgument(string function, JsValue[] arguments, int index, out FormulaDate date)
    {
        var value = FormulaValues.Arg(arguments, index);
        date = default;
        if (FormulaValues.IsEmpty(value))
        {
            return false;
        }

        if (value is JsDate js && js.DateValue is var ms && double.IsFinite(ms))
        {
            date = new FormulaDate(DateTimeOffset.FromUnixTimeMilliseconds((long)ms).UtcDateTime, true, TimeSpan.Zero);
            return true;
        }

        if (value.IsString() && TryParse(value.AsString(), out _, out date))
        {
            return true;
        }

        throw FormulaValues.Error(function, $"argument {index + 1} is not a date ({FormulaValues.Describe(value)}); use yyyy-MM-dd (#VALUE!).");
    }

    public static bool LooksLikeDateFormat(string format)
    {
        var hasDigitCodes = format.Contains('0', StringComparison.Ordinal) || format.Contains('#', StringComparison.Ordinal);
        foreach (var c in format)
        {
            if (c is 'y' or 'Y' or 'd' or 'D' or 'h' or 'H' or 's' or 'S' || (!hasDigitCodes && c is 'm' or 'M'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Excel date codes to .NET ones. Case-insensitive like Excel, except that <c>M</c> is always the month; a lowercase
    /// <c>m</c> is minutes after an hour or before seconds (Excel's rule) and the month otherwise.
    /// </summary>
    public static string ToNetFormat(string format)
    {
        var twelveHour = format.Contains("AM/PM", StringComparison.OrdinalIgnoreCase);
        var builder = new StringBuilder();
        var previous = ' ';
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            if (twelveHour && string.Compare(format, i, "AM/PM", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                builder.Append("tt");
                i += 5;
                continue;
            }

            var run = 1;
            while (i + run < format.Length && format[i + run] == c)
            {
                run++;
            }

            var lower = char.ToLowerInvariant(c);
            char? code = lower switch
            {
                'y' => 'y',
                'd' => 'd',
                'h' => twelveHour ? 'h' : 'H',
                's' => 's',
                'm' when c == 'M' => 'M',
                'm' => previous == 'h' || NextLetterIsSeconds(format, i + run) ? 'm' : 'M',
                _ => null,
            };

            if (code is { } letter)
            {
                builder.Append(letter, run);
                previous = lower;
            }
            else if (char.IsLetter(c) || c is '\\' or '%' or '"' or '\'')
            {
                for (var k = 0; k < run; k++)
                {
                    builder.Append('\\').Append(c);
                }
            }
            else
            {
                builder.Append(c, run);
            }

            i += run;
        }

        // One letter alone is a standard .NET format ("d" is the short date); '%' makes it the custom code.
        return builder.Length == 1 ? "%" + builder : builder.ToString();
    }

    private static bool NextLetterIsSeconds(string format, int from)
    {
        for (var i = from; i < format.Length; i++)
        {
            if (char.IsLetter(format[i]))
            {
                return format[i] is 's' or 'S';
            }
        }

        return false;
    }
}
