namespace FlowChannel.Workflows.Activities;

/// <summary>When the timer trigger <see cref="ActivityId"/> fires next (UTC).</summary>
public sealed record TimerFireTime(string ActivityId, DateTimeOffset DueAt);
