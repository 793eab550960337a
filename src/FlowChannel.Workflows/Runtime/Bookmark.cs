using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Runtime;

/// <summary>A point where an instance waits; resuming it continues the activity that created it.</summary>
public sealed record Bookmark(string Id, string ActivityId, string ActivityType, string? ActivityName, JsonObject Payload, DateTimeOffset CreatedAt);
