namespace FlowChannel.Application.Records.Query;

/// <summary>Named date ranges reckoned from today in the caller's time zone; weeks start on Monday.</summary>
public static class DatePresets
{
    public static readonly IReadOnlyList<string> Names =
        ["today", "yesterday", "thisWeek", "lastWeek", "thisMonth", "lastMonth", "thisQuarter", "thisYear", "last7Days", "last30Days"];

    /// <summary>The calendar days [first, end) the preset covers, or null for an unknown name.</summary>
    public static (DateOnly First, DateOnly End)? Days(string name, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return name switch
        {
            "today" => (today, today.AddDays(1)),
            "yesterday" => (today.AddDays(-1), today),
            "thisWeek" => (monday, monday.AddDays(7)),
            "lastWeek" => (monday.AddDays(-7), monday),
            "thisMonth" => (month, month.AddMonths(1)),
            "lastMonth" => (month.AddMonths(-1), month),
            "thisQuarter" => (quarter, quarter.AddMonths(3)),
            "thisYear" => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year + 1, 1, 1)),
            "last7Days" => (today.AddDays(-6), today.AddDays(1)),
            "last30Days" => (today.AddDays(-29), today.AddDays(1)),
            _ => null,
        };
    }
}
