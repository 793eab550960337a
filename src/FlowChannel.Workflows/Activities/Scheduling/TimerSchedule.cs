namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary>When a timer activity fires: after an interval, on a cron schedule, or at one instant. All times are UTC.</summary>
public abstract record TimerSchedule
{
    /// <summary>The first fire time strictly after <paramref name="after"/>, or null when there is none.</summary>
    public abstract DateTimeOffset? NextAfter(DateTimeOffset after);
}
