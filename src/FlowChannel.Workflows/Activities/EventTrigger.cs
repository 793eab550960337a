namespace FlowChannel.Workflows.Activities;

/// <summary>An <c>Elsa.Event</c> trigger that starts the workflow when <see cref="EventName"/> is published.</summary>
public sealed record EventTrigger(string ActivityId, string EventName);
