namespace FlowChannel.Workflows.Effects;

/// <summary>
/// Send an HTTP request and resume the activity's bookmark with the response (see
/// <see cref="Activities.Http.FlowSendHttpRequestActivity"/>). The URL passed the address policy only as far as it can
/// be judged without DNS: the deliverer must check the resolved addresses again when it connects.
/// </summary>
public sealed record SendHttpRequestEffect(
    string ActivityId,
    string IdempotencyKey,
    string Method,
    Uri Url,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    string? Content,
    string? ContentType) : WorkflowEffect(ActivityId);
