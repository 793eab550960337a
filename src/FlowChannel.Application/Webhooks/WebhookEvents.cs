namespace FlowChannel.Application.Webhooks;

/// <summary>The events a form's webhook may be sent (the <c>X-FlowChannel-Event</c> header and the body's <c>event</c>).</summary>
public static class WebhookEvents
{
    public const string RecordCreated = "record.created";
    public const string RecordUpdated = "record.updated";
    public const string RecordDeleted = "record.deleted";
    public const string WorkflowFinished = "workflow.finished";

    public static readonly IReadOnlyList<string> All = [RecordCreated, RecordUpdated, RecordDeleted, WorkflowFinished];

    public static IReadOnlyList<string> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
