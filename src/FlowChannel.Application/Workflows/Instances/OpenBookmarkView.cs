using System.Text.Json.Nodes;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>Where an instance waits, described the way the bookmark index files it (kind, key, due time).</summary>
public sealed record OpenBookmarkView(
    string Id,
    string ActivityId,
    string ActivityType,
    string? ActivityName,
    string Kind,
    string? Key,
    DateTime? DueAt,
    DateTimeOffset CreatedAt,
    JsonObject Payload)
{
    public static OpenBookmarkView From(string instanceId, Bookmark bookmark)
    {
        var row = BookmarkIndex.Describe(instanceId, bookmark);
        return new(bookmark.Id, bookmark.ActivityId, bookmark.ActivityType, bookmark.ActivityName, row.Kind, row.Key, row.DueAt,
            bookmark.CreatedAt, bookmark.Payload);
    }
}
