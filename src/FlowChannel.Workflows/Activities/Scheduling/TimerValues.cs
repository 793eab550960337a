using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Cronos;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary>
/// Parses the time inputs of the scheduling activities. Each parser returns null and an error naming the bad value,
/// so import (by JSON pointer) and run time (as an incident) report the same message.
/// </summary>
internal static class TimerValues
{
    public const string DurationHint = "write hh:mm:ss (or d.hh:mm:ss), an ISO-8601 duration such as PT5M, or a number of milliseconds";

    /// <summary>A duration: "hh:mm:ss", "d.hh:mm:ss", ISO-8601 ("PT5M"), or milliseconds (a number or digits).</summary>
    public static TimeSpan? Duration(JsonNode? value, out string? error)
    {
        error = null;
        if (JsonScalars.TryGetDouble(value, out var milliseconds) && value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            return FromMilliseconds(milliseconds, value, out error);
        }

        var text = JsonScalars.TryGetString(value, out var s) ? s.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            error = $"no duration was given; {DurationHint}";
            return null;
        }

        // Digits alone are milliseconds: TimeSpan.Parse would read "5000" as 5000 days, which nobody means.
        if (text.All(char.IsAsciiDigit) && double.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out milliseconds))
        {
            return FromMilliseconds(milliseconds, value, out error);
        }

        // The constant format is how Elsa writes a TimeSpan; the general one would read "25:00:00" as 25 days.
        if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var span))
        {
            return span;
        }

        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                return XmlConvert.ToTimeSpan(text);
            }
            catch (FormatException)
            {
                // Falls through to the common message.
            }
            catch (OverflowException)
            {
                // Falls through to the common message.
            }
        }

        error = $"'{text}' is not a duration; {DurationHint}";
        return null;
    }

    /// <summary>An instant; one written without an offset is taken as UTC.</summary>
    public static DateTimeOffset? Instant(JsonNode? value, out string? error)
    {
        error = null;
        var text = JsonScalars.TryGetString(value, out var s) ? s.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            error = "no date and time was given; write an ISO-8601 instant such as 2025-03-01T09:00:00Z";
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.ToUniversalTime();
        }

        error = $"'{text}' is not a date and time; write an ISO-8601 instant such as 2025-03-01T09:00:00Z";
        return null;
    }

    /// <summary>A six-field cron expression, seconds first, as Elsa reads it.</summary>
    public static CronSchedule? Cron(JsonNode? value, out string? error)
    {
        error = null;
        var text = JsonScalars.TryGetString(value, out var s) ? s.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            error = "no cron expression was given; write six fields, seconds first, e.g. '0 0 9 * * MON'";
            return null;
        }

        try
        {
            return new CronSchedule(text);
        }
        catch (CronFormatException e)
        {
            error = $"'{text}' is not a valid cron expression (six fields, seconds first, UTC): {e.Message.TrimEnd('.')}";
            return null;
        }
    }

    private static TimeSpan? FromMilliseconds(double milliseconds, JsonNode? value, out string? error)
    {
        error = null;
        if (double.IsFinite(milliseconds) && Math.Abs(milliseconds) <= TimeSpan.MaxValue.TotalMilliseconds)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        error = $"{value?.ToJsonString()} milliseconds is out of range";
        return null;
    }
}
