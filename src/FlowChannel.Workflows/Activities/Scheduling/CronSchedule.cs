using Cronos;

namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary><c>Elsa.Cron</c>: fires on a six-field (seconds first) cron expression evaluated in UTC.</summary>
public sealed record CronSchedule(string Expression) : TimerSchedule
{
    private readonly CronExpression _parsed = CronExpression.Parse(Expression, CronFormat.IncludeSeconds);

    // Get-only, so a `with` copy cannot change the text without the parsed expression following.
    public string Expression { get; } = Expression;

    public override DateTimeOffset? NextAfter(DateTimeOffset after) =>
        _parsed.GetNextOccurrence(after.UtcDateTime, inclusive: false) is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null;
}
