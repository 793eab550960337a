using System.Globalization;
using Jint;
using Jint.Native;
using static FlowChannel.Expressions.Formulas.FormulaDates;
using static FlowChannel.Expressions.Formulas.FormulaValues;

namespace FlowChannel.Expressions.Formulas;

/// <summary>Date functions over ISO strings: <c>yyyy-MM-dd</c> for dates, ISO 8601 for date-times.</summary>
internal static class DateFunctions
{
    public static JsValue Today(JsValue[] a) =>
        new JsString(Clock().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static JsValue Now(JsValue[] a)
    {
        var now = Clock();
        return new JsString(new FormulaDate(now.DateTime, true, now.Offset).Format(new DateTime(now.DateTime.Ticks - (now.DateTime.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified)));
    }

    /// <summary>Excel's DATE: months and days beyond their range roll over (DATE(2024, 13, 1) is 2025-01-01); years below 1900 get 1900 added.</summary>
    public static JsValue Date(JsValue[] a)
    {
        var year = Integer("DATE", a, 0, 0);
        var month = Integer("DATE", a, 1, 1);
        var day = Integer("DATE", a, 2, 1);
        if (year is >= 0 and < 1900)
        {
            year += 1900;
        }

        if (year is < 1900 or > 9999)
        {
            throw Error("DATE", "the year must be between 1900 and 9999 (#NUM!).");
        }

        try
        {
            var date = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(month - 1).AddDays(day - 1);
            return new JsString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Error("DATE", "the date is out of range (#NUM!).");
        }
    }

    public static JsValue Year(JsValue[] a) => TryArgument("YEAR", a, 0, out var d) ? new JsNumber(d.Value.Year) : JsValue.Null;

    public static JsValue Month(JsValue[] a) => TryArgument("MONTH", a, 0, out var d) ? new JsNumber(d.Value.Month) : JsValue.Null;

    public static JsValue Day(JsValue[] a) => TryArgument("DAY", a, 0, out var d) ? new JsNumber(d.Value.Day) : JsValue.Null;

    /// <summary>Excel's WEEKNUM: return type 1 (default, weeks start Sunday), 2 (Monday), 11–17 (Monday…Sunday), 21 (ISO 8601).</summary>
    public static JsValue WeekNum(JsValue[] a)
    {
        if (!TryArgument("WEEKNUM", a, 0, out var d))
        {
            return JsValue.Null;
        }

        var type = Integer("WEEKNUM", a, 1, 1);
        var date = d.Value.Date;
        if (type == 21)
        {
            return new JsNumber(ISOWeek.GetWeekOfYear(date));
        }

        DayOfWeek first = type switch
        {
            1 or 17 => DayOfWeek.Sunday,
            2 or 11 => DayOfWeek.Monday,
            12 => DayOfWeek.Tuesday,
            13 => DayOfWeek.Wednesday,
            14 => DayOfWeek.Thursday,
            15 => DayOfWeek.Friday,
            16 => DayOfWeek.Saturday,
            _ => throw Error("WEEKNUM", $"return type {type} is not one of 1, 2, 11–17, 21 (#NUM!)."),
        };

        var january1 = new DateTime(date.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var offset = ((int)january1.DayOfWeek - (int)first + 7) % 7;
        return new JsNumber(((date.DayOfYear - 1 + offset) / 7) + 1);
    }

    /// <summary>Excel's DATEDIF(start, end, unit) with units Y, M, D, MD, YM, YD; start after end is #NUM!.</summary>
    public static JsValue DateDif(JsValue[] a)
    {
        if (!TryArgument("DATEDIF", a, 0, out var s) || !TryArgument("DATEDIF", a, 1, out var e))
        {
            return JsValue.Null;
        }

        var start = s.Value.Date;
        var end = e.Value.Date;
        if (start > end)
        {
            throw Error("DATEDIF", "the start date is after the end date (#NUM!).");
        }

        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        if (end.Day < start.Day)
        {
            months--;
        }

        var unit = Text(Arg(a, 2)).Trim().ToUpperInvariant();
        int result = unit switch
        {
            "Y" => months / 12,
            "M" => months,
            "D" => (end - start).Days,
            "YM" => months % 12,
            "MD" => (end - start.AddMonths(months)).Days,
            "YD" => YearDays(start, end),
            _ => throw Error("DATEDIF", $"unit \"{unit}\" is not one of Y, M, D, MD, YM, YD (#NUM!)."),
        };

        return new JsNumber(result);
    }

    /// <summary>Excel's DAYS(end, start): days from start to end (note the order).</summary>
    public static JsValue Days(JsValue[] a)
    {
        if (!TryArgument("DAYS", a, 0, out var end) || !TryArgument("DAYS", a, 1, out var start))
        {
            return JsValue.Null;
        }

        return new JsNumber((end.Value.Date - start.Value.Date).Days);
    }

    /// <summary>DATEADD(date, amount, unit): unit Y, M, W, D (default), H, MI or S; the result keeps the input's shape.</summary>
    public static JsValue DateAdd(JsValue[] a)
    {
        if (!TryArgument("DATEADD", a, 0, out var d))
        {
            return JsValue.Null;
        }

        var amount = Integer("DATEADD", a, 1, 0);
        var unit = a.Length > 2 ? Text(a[2]).Trim().ToUpperInvariant() : "D";
        try
        {
            var value = unit switch
            {
                "Y" => d.Value.AddYears(amount),
                "M" => d.Value.AddMonths(amount),
                "W" => d.Value.AddDays(7.0 * amount),
                "D" => d.Value.AddDays(amount),
                "H" => d.Value.AddHours(amount),
                "MI" => d.Value.AddMinutes(amount),
                "S" => d.Value.AddSeconds(amount),
                _ => throw Error("DATEADD", $"unit \"{unit}\" is not one of Y, M, W, D, H, MI, S."),
            };

            var date = unit is "H" or "MI" or "S" && !d.HasTime ? d with { HasTime = true } : d;
            return new JsString(date.Format(value));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Error("DATEADD", "the result is out of the calendar's range.");
        }
    }

    private static int YearDays(DateTime start, DateTime end)
    {
        var shifted = start.AddYears(end.Year - start.Year);
        if (shifted > end)
        {
            shifted = start.AddYears(end.Year - start.Year - 1);
        }

        return (end - shifted).Days;
    }

    private static DateTimeOffset Clock() => (FormulaLibrary.Current ?? new FormulaScope([])).LocalNow();
}
