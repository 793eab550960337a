using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Workflows;

/// <summary>Turns a <c>FlowChannel.Approval</c> bookmark into an inbox task.</summary>
internal static class ApprovalTasks
{
    public const string ActivityType = "FlowChannel.Approval";

    public static WorkflowTask? TryCreate(string instanceId, Bookmark bookmark)
    {
        if (bookmark.ActivityType != ActivityType)
        {
            return null;
        }
        var payload = bookmark.Payload;
        return new WorkflowTask
        {
            InstanceId = instanceId,
            BookmarkId = bookmark.Id,
            ActivityId = bookmark.ActivityId,
            Title = Text(payload, "title") ?? bookmark.ActivityName ?? "Approval",
            Description = Text(payload, "description"),
            Role = Text(payload, "role"),
            AssigneeUserId = Text(payload, "assignee"),
            RecordId = Guid.TryParse(Text(payload, "recordId"), out var recordId) ? recordId : null,
            CreatedAt = bookmark.CreatedAt.UtcDateTime,
        };
    }

    private static string? Text(JsonObject payload, string name) =>
        payload[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
