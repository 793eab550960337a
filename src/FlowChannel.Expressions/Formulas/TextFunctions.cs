using System.Globalization;
using System.Text;
using Jint;
using Jint.Native;
using static FlowChannel.Expressions.Formulas.FormulaValues;

namespace FlowChannel.Expressions.Formulas;

internal static class TextFunctions
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static JsValue Concatenate(JsValue[] a) => new JsString(string.Concat(Flatten(a).Select(FormulaValues.Text)));

    /// <summary>TEXT(value, format): Excel number codes (<c>0.00</c>, <c>#,##0</c>, <c>0%</c>) or date codes (<c>yyyy-MM-dd</c>).</summary>
    public static JsValue Text(JsValue[] a)
    {
        try
        {
            return FormatText(a);
        }
        catch (FormatException)
        {
            throw Error("TEXT", $"the format {Describe(Arg(a, 1))} is not valid (#VALUE!).");
        }
    }

    private static JsString FormatText(JsValue[] a)
    {
        var value = Arg(a, 0);
        var format = FormulaValues.Text(Arg(a, 1));
        if (IsEmpty(value))
        {
            return JsString.Empty;
        }

        if (value.IsString() && FormulaDates.TryParse(value.AsString(), out var date, out _))
        {
            return new JsString(date.ToString(FormulaDates.ToNetFormat(format), Invariant));
        }

        if (!TryNumber(value, out var number))
        {
            return new JsString(FormulaValues.Text(value));
        }

        if (format.Length == 0)
        {
            return new JsString(number.ToString(Invariant));
        }

        if (FormulaDates.LooksLikeDateFormat(format))
        {
            throw Error("TEXT", $"a date format needs a date, not the number {number.ToString(Invariant)}.");
        }

        // decimal formatting rounds half away from zero, as Excel does; "0.00" of 2.675 is "2.68".
        return new JsString(number.ToString(format, Invariant));
    }

    public static JsValue Value(JsValue[] a)
    {
        var value = Arg(a, 0);
        if (IsEmpty(value))
        {
            return JsValue.Null;
        }

        if (TryNumber(value, out var number))
        {
            return ToJs(number);
        }

        throw Error("VALUE", $"{Describe(value)} is not a number (#VALUE!).");
    }

    public static JsValue Left(JsValue[] a)
    {
        var text = FormulaValues.Text(Arg(a, 0));
        var count = Count("LEFT", a, 1);
        return new JsString(text[..Math.Min(count, text.Length)]);
    }

    public static JsValue Right(JsValue[] a)
    {
        var text = FormulaValues.Text(Arg(a, 0));
        var count = Count("RIGHT", a, 1);
        return new JsString(text[^Math.Min(count, text.Length)..]);
    }

    public static JsValue Mid(JsValue[] a)
    {
        var text = FormulaValues.Text(Arg(a, 0));
        var start = Integer("MID", a, 1, 1);
        if (start < 1)
        {
            throw Error("MID", "start must be at least 1 (#VALUE!).");
        }

        var count = Integer("MID", a, 2, 0);
        if (count < 0)
        {
            throw Error("MID", "the length must not be negative (#VALUE!).");
        }

        if (start > text.Length)
        {
            return JsString.Empty;
        }

        return new JsString(text.Substring(start - 1, Math.Min(count, text.Length - start + 1)));
    }

    public static JsValue Len(JsValue[] a) => new JsNumber(FormulaValues.Text(Arg(a, 0)).Length);

    public static JsValue Upper(JsValue[] a) => new JsString(FormulaValues.Text(Arg(a, 0)).ToUpperInvariant());

    public static JsValue Lower(JsValue[] a) => new JsString(FormulaValues.Text(Arg(a, 0)).ToLowerInvariant());

    /// <summary>Excel's TRIM: no leading or trailing spaces, and single spaces between words.</summary>
    public static JsValue Trim(JsValue[] a)
    {
        var text = FormulaValues.Text(Arg(a, 0));
        var builder = new StringBuilder(text.Length);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return new JsString(builder.ToString());
    }

    /// <summary>Excel's REPLACE(old_text, start_num, num_chars, new_text): replaces characters by position.</summary>
    public static JsValue Replace(JsValue[] a)
    {
        var text = FormulaValues.Text(Arg(a, 0));
        var start = Integer("REPLACE", a, 1, 1);
        var count = Integer("REPLACE", a, 2, 0);
        if (start < 1 || count < 0)
        {
            throw Error("REPLACE", "start must be at least 1 and the length not negative (#VALUE!).");
        }

        var from = Math.Min(start - 1, text.Length);
        var length = Math.Min(count, text.Length - from);
        return new JsString(string.Concat(text.AsSpan(0, from), FormulaValues.Text(Arg(a, 3)), text.AsSpan(from + length)));
    }

    /// <summary>CONTAINS(text, search): substring test; on an array (multi-select, subform column), whether an item equals search.</summary>
    public static JsValue Contains(JsValue[] a)
    {
        var target = Arg(a, 0);
        var search = FormulaValues.Text(Arg(a, 1));
        bool found;
        if (target is JsArray)
        {
            var items = new List<JsValue>();
            Add(items, target);
            found = items.Exists(item => string.Equals(FormulaValues.Text(item), search, StringComparison.Ordinal));
        }
        else
        {
            found = FormulaValues.Text(target).Contains(search, StringComparison.Ordinal);
        }

        return found ? JsBoolean.True : JsBoolean.False;
    }

    public static JsValue Uuid(JsValue[] a) => new JsString(Guid.NewGuid().ToString("D"));

    private static int Count(string name, JsValue[] a, int index)
    {
        var count = Integer(name, a, index, 1);
        if (count < 0)
        {
            throw Error(name, "the length must not be negative (#VALUE!).");
        }

        return count;
    }
}
