namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary><c>Elsa.Timer</c>: fires every <see cref="Interval"/>, counted from the previous fire (or from publishing).</summary>
public sealed record IntervalSchedule(TimeSpan Interval) : TimerSchedule
{
    public override DateTimeOffset? NextAfter(DateTimeOffset after) => after.ToUniversalTime() + Interval;
}
