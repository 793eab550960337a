namespace FlowChannel.Workflows.Effects;

/// <summary>
/// Send an email. Addresses are validated (display names allowed: <c>Li Qiang &lt;li@example.cn&gt;</c>); a null
/// <see cref="From"/> means the platform's default sender. Deliver with <see cref="IdempotencyKey"/> so a retried step
/// sends one message.
/// </summary>
public sealed record SendEmailEffect(
    string ActivityId,
    string IdempotencyKey,
    string? From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    IReadOnlyList<string> Bcc,
    string Subject,
    string Body) : WorkflowEffect(ActivityId);
