namespace FlowChannel.Workflows.Effects;

/// <summary>
/// Notify users: <see cref="Recipients"/> and <see cref="Cc"/> are user ids, user names or email addresses, resolved
/// by the caller. Each person gets the <see cref="English"/> text when their culture is English and it is given, else
/// <see cref="Message"/>. Email copies are delivered with <see cref="IdempotencyKey"/> plus the user, so a retried step
/// sends each person one message.
/// </summary>
public sealed record NotifyEffect(
    string ActivityId,
    string IdempotencyKey,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Cc,
    NotifyChannels Channels,
    NotifyMessage Message,
    NotifyMessage? English) : WorkflowEffect(ActivityId);

/// <summary>A rendered subject (one line) and body.</summary>
public sealed record NotifyMessage(string Subject, string Body);

/// <summary>Where a notification goes: the in-app inbox, email, or both.</summary>
[Flags]
public enum NotifyChannels
{
    None = 0,
    InApp = 1,
    Email = 2,
}
