using FlowChannel.Workflows.Activities.Scheduling;

namespace FlowChannel.Workflows.Activities;

/// <summary>An <c>Elsa.Timer</c>, <c>Elsa.Cron</c> or <c>Elsa.StartAt</c> trigger and its schedule.</summary>
public sealed record TimerTrigger(string ActivityId, string ActivityType, TimerSchedule Schedule);
