using System.Globalization;
using System.Text.RegularExpressions;

namespace FlowChannel.Application.Channel;

/// <summary>
/// A settlement or evaluation period: a month or a quarter, labelled as the pack's forms write periods (<c>2026-M03</c>,
/// <c>2026-Q1</c>); <c>2026-03</c> is read as a month too. Dates UTC, end exclusive.
/// </summary>
public sealed partial record ChannelPeriod(string Label, DateTime Start, DateTime End)
{
    public int Year => Start.Year;

    public DateTime YearStart => new(Start.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Reads <paramref name="text"/>; when empty, the last whole month (or quarter) before <paramref name="now"/>.</summary>
    public static ChannelPeriod Parse(string? text, DateTime now, bool quarters, string input = "period")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            var thisMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            return quarters ? Quarter(thisMonth.AddMonths(-3).Year, ((thisMonth.AddMonths(-3).Month - 1) / 3) + 1) : Month(thisMonth.AddMonths(-1));
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            throw new ChannelInputException(input, $"'{text}' is not a period; write 2026-M03 (or 2026-03) for a month or 2026-Q1 for a quarter.");
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["quarter"].Success)
        {
            return Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12
            ? Month(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc))
            : throw new ChannelInputException(input, $"'{text}' has no month {month}.");
    }

    /// <summary>The period of a label written by <see cref="Parse"/>, or null for anything else.</summary>
    public static ChannelPeriod? TryParse(string? label)
    {
        try
        {
            return string.IsNullOrWhiteSpace(label) ? null : Parse(label, DateTime.UtcNow, quarters: false);
        }
        catch (ChannelInputException)
        {
            return null;
        }
    }

    private static ChannelPeriod Month(DateTime start) =>
        new(start.ToString("yyyy-'M'MM", CultureInfo.InvariantCulture), start, start.AddMonths(1));

    private static ChannelPeriod Quarter(int year, int quarter)
    {
        var start = new DateTime(year, ((quarter - 1) * 3) + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return new(string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"), start, start.AddMonths(3));
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?:Q(?<quarter>[1-4])|M?(?<month>\d{2}))$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
