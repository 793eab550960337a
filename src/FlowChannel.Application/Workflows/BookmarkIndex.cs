using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// Keeps <see cref="WorkflowBookmark"/> rows in step with an instance's open bookmarks, inside the step's unit of
/// work: what a timer sweep or an incoming event looks up is exactly what the committed state waits on.
/// </summary>
internal static class BookmarkIndex
{
    /// <summary>
    /// Adds rows for the bookmarks a step created and removes those of bookmarks no longer open. Without
    /// <paramref name="instanceStored"/> (an instance started in this unit of work) the database has no rows to remove.
    /// </summary>
    /// <remarks>
    /// Stored rows are removed with one <c>DELETE … WHERE InstanceId = @id AND Id NOT IN (live)</c> instead of being
    /// read and removed one by one: one statement instead of two or more on every resume. Exactly once still holds:
    /// the instance row's concurrency token is what makes a second resume of the same state fail, and on SQLite the
    /// writers are one at a time anyway. Created bookmarks have new ids, so none of them is stored yet.
    /// </remarks>
    public static async Task SyncAsync(FlowChannelDbContext db, string instanceId, WorkflowRunResult result, bool instanceStored, CancellationToken ct)
    {
        var live = result.State.Bookmarks.Select(b => b.Id).ToList();
        if (instanceStored)
        {
            await DeleteStoredExceptAsync(db, instanceId, live, ct);
        }

        // Rows added earlier in this unit of work (an event that resumed the instance twice) are not in the database yet.
        var added = db.WorkflowBookmarks.Local.Where(b => b.InstanceId == instanceId && db.Entry(b).State == EntityState.Added).ToList();
        foreach (var row in added.Where(r => !live.Contains(r.Id, StringComparer.Ordinal)))
        {
            db.WorkflowBookmarks.Remove(row);
        }

        foreach (var bookmark in result.CreatedBookmarks.Where(b => live.Contains(b.Id, StringComparer.Ordinal) && !added.Any(r => r.Id == b.Id)))
        {
            db.WorkflowBookmarks.Add(Describe(instanceId, bookmark));
        }
    }

    private static Task<int> DeleteStoredExceptAsync(FlowChannelDbContext db, string instanceId, List<string> live, CancellationToken ct) =>
        live.Count == 0
            ? db.WorkflowBookmarks.Where(b => b.InstanceId == instanceId).ExecuteDeleteAsync(ct)
            : db.WorkflowBookmarks.Where(b => b.InstanceId == instanceId && !live.Contains(b.Id)).ExecuteDeleteAsync(ct);

    /// <summary>The index row of a bookmark: its kind and how an outside signal finds it (payload <c>kind</c>, <c>dueAt</c>, names).</summary>
    public static WorkflowBookmark Describe(string instanceId, Bookmark bookmark)
    {
        var payload = bookmark.Payload;
        var kind = bookmark.ActivityType == FlowChannel.Workflows.Activities.Platform.Approvals.ApprovalActivity.Type ? BookmarkKinds.Approval : BookmarkPayloads.KindOf(payload) switch
        {
            BookmarkKinds.Timer => BookmarkKinds.Timer,
            BookmarkKinds.Event => BookmarkKinds.Event,
            BookmarkKinds.Task => BookmarkKinds.Task,
            BookmarkKinds.Http => BookmarkKinds.Http,
            BookmarkKinds.Child => BookmarkKinds.Child,
            _ => BookmarkKinds.Other,
        };
        return new WorkflowBookmark
        {
            Id = bookmark.Id,
            InstanceId = instanceId,
            ActivityId = bookmark.ActivityId,
            Kind = kind,
            Key = kind switch
            {
                BookmarkKinds.Event => BookmarkKeys.For(Text(payload, "eventName")),
                BookmarkKinds.Task => Text(payload, "taskId"),
                BookmarkKinds.Child => Text(payload, "childInstanceId"),
                BookmarkKinds.Http => Text(payload, "idempotencyKey"),
                _ => null,
            },
            DueAt = BookmarkPayloads.TryGetDueAt(payload, out var due) ? due.UtcDateTime : null,
            CreatedAt = bookmark.CreatedAt.UtcDateTime,
        };
    }

    private static string? Text(JsonObject payload, string name) =>
        payload[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
