namespace FlowChannel.Workflows.Activities;

/// <summary>A <c>FlowChannel.FormSubmitted</c> trigger that starts the workflow when <see cref="FormId"/> is submitted.</summary>
public sealed record FormTrigger(string ActivityId, string FormId);
