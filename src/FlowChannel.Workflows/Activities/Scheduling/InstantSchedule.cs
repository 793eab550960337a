namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary><c>Elsa.StartAt</c>: fires once, at <see cref="At"/>.</summary>
public sealed record InstantSchedule(DateTimeOffset At) : TimerSchedule
{
    public override DateTimeOffset? NextAfter(DateTimeOffset after) => At > after ? At.ToUniversalTime() : null;
}
