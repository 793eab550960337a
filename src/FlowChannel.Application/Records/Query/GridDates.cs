using System.Globalization;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// Dates in filters: a day (<c>2026-11-24</c>) means that whole day in the caller's time zone (a date field stores its
/// day as midnight UTC, so there the zone does not move it); a date-time with a zone is one instant.
/// </summary>
internal sealed class GridDates(TimeZoneInfo zone, DateTime utcNow)
{
    /// <summary>A day [Start, End) or an instant (Start = End).</summary>
    public sealed record Value(DateTime Start, DateTime End, bool IsInstant);

    public static GridDates For(string? timeZone, TimeProvider clock)
    {
        TimeZoneInfo zone;
        try
        {
            zone = string.IsNullOrWhiteSpace(timeZone) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new FormatException($"unknown time zone '{timeZone}'.");
        }
        return new GridDates(zone, clock.GetUtcNow().UtcDateTime);
    }

    public Value Parse(string text, bool withTime)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new Value(Start(day, withTime), Start(day.AddDays(1), withTime), false);
        }
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            var utc = moment.UtcDateTime;
            return withTime ? new Value(utc, utc, true) : Parse(utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false);
        }
        throw new FormatException($"'{text}' is not a date (yyyy-MM-dd) or an ISO 8601 date-time.");
    }

    public (DateTime First, DateTime End) Preset(string name, bool withTime)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone));
        var days = DatePresets.Days(name, today)
            ?? throw new FormatException($"unknown date preset '{name}' (use one of {string.Join(", ", DatePresets.Names)}).");
        return (Start(days.First, withTime), Start(days.End, withTime));
    }

    /// <summary>Where a day starts in stored values: midnight UTC for date fields, local midnight as UTC for date-times.</summary>
    private DateTime Start(DateOnly day, bool withTime)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return withTime ? TimeZoneInfo.ConvertTimeToUtc(midnight, zone) : DateTime.SpecifyKind(midnight, DateTimeKind.Utc);
    }
}
