using Cronos;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Dashboards.Summaries;

/// <summary>Reads a dashboard's summary schedule: its cron, its time zone and the tick that is due.</summary>
internal static class SummarySchedule
{
    public static void Check(DashboardSummarySchedule? summary, List<SchemaError> errors)
    {
        if (summary is null)
        {
            return;
        }
        if (!TryCron(summary.Cron, out _))
        {
            errors.Add(new("/summary/cron", $"'{summary.Cron}' is not a five-field cron expression (e.g. \"0 8 * * 1\", Mondays at 08:00)."));
        }
        if (summary.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            errors.Add(new("/summary/timeZone", $"Unknown time zone '{zone}'."));
        }
        if (summary.Roles is null || summary.Roles.Count == 0 || summary.Roles.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(new("/summary/roles", "Name the roles whose users get the summary."));
        }
    }

    /// <summary>The latest tick after <paramref name="after"/> and not after <paramref name="now"/> (UTC); missed ticks count once.</summary>
    public static DateTime? LatestDue(DashboardSummarySchedule summary, DateTime after, DateTime now)
    {
        if (!TryCron(summary.Cron, out var cron))
        {
            return null;
        }
        var zone = Zone(summary);
        DateTime? latest = null;
        var from = DateTime.SpecifyKind(after, DateTimeKind.Utc);
        while (cron!.GetNextOccurrence(from, zone) is { } next && next <= now)
        {
            latest = from = next;
        }
        return latest;
    }

    public static TimeZoneInfo Zone(DashboardSummarySchedule summary) =>
        summary.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static bool TryCron(string? text, out CronExpression? cron)
    {
        try
        {
            cron = CronExpression.Parse(text ?? "", CronFormat.Standard);
            return true;
        }
        catch (CronFormatException)
        {
            cron = null;
            return false;
        }
    }
}
