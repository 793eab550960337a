namespace FlowChannel.Workflows.Effects;

/// <summary>Send a notification to a user.</summary>
public sealed record NotifyEffect(string ActivityId, string RecipientUserId, string Subject, string Body)
    : WorkflowEffect(ActivityId);
