using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Outbox;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>
/// A parent waiting on a child (bookmark kind child, key = the child's id) hears of the child's end through the
/// outbox: resumed in a transaction of its own, so the child's last step never fails because of its parent.
/// </summary>
internal static class ChildCompletion
{
    /// <summary>Called for every step: when the instance has ended and a parent waits for it, queues the parent's resume.</summary>
    public static async Task AfterStepAsync(FlowChannelDbContext db, WorkflowInstance instance, WorkflowInstanceState state, CancellationToken ct)
    {
        var ended = state.Status == WorkflowStatus.Finished || state.SubStatus is WorkflowSubStatus.Faulted or WorkflowSubStatus.Cancelled;
        // A child is always started by the system (StartChildWorkflow); an instance a person started has no parent to ask for.
        if (!ended || instance.InitiatorUserId != SystemUser.Id)
        {
            return;
        }

        await QueueAsync(db, instance.Id, () => new JsonObject
        {
            ["status"] = state.SubStatus.ToString(),
            ["output"] = state.Variables.DeepClone(),
            ["message"] = state.Incidents.LastOrDefault()?.Message,
        }, ct);
    }

    /// <summary>Answers the parent waiting for <paramref name="childInstanceId"/> directly (the child never started).</summary>
    public static Task NotifyParentAsync(FlowChannelDbContext db, string childInstanceId, JsonObject reply, CancellationToken ct) =>
        QueueAsync(db, childInstanceId, () => reply, ct);

    private static async Task QueueAsync(FlowChannelDbContext db, string childInstanceId, Func<JsonObject> reply, CancellationToken ct)
    {
        var parent = await db.WorkflowBookmarks.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Kind == BookmarkKinds.Child && b.Key == childInstanceId, ct);
        // A child that ends again after a retry finds its parent already told (and moved on).
        var key = "child-ended:" + childInstanceId;
        if (parent is null || db.OutboxMessages.Local.Any(m => m.IdempotencyKey == key)
            || await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == key, ct))
        {
            return;
        }

        OutboxWriter.Enqueue(db, OutboxKinds.Resume, new JsonObject { ["bookmarkId"] = parent.Id, ["input"] = reply() },
            key, parent.InstanceId, parent.Id, DateTime.UtcNow);
    }
}
