using Mediator;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>
/// Wakes one waiting instance at one bookmark (a timer that fell due, a reply from the outbox, a finished child
/// workflow): the system's own resume, never a person's. Exactly once: the bookmark row is removed in the same
/// transaction as the new state, so a second caller (another node, a retry) finds nothing and gets a conflict.
/// </summary>
public sealed record ResumeBookmark(string BookmarkId, JsonObject Input) : ICommand<ResumeOutcome>;

/// <summary>What became of the instance: its status afterwards, or why nothing happened.</summary>
public sealed record ResumeOutcome(string InstanceId, string Status, string SubStatus);

public sealed class ResumeBookmarkHandler(FlowChannelDbContext db, WorkflowEngine engine) : ICommandHandler<ResumeBookmark, ResumeOutcome>
{
    public async ValueTask<ResumeOutcome> Handle(ResumeBookmark command, CancellationToken cancellationToken)
    {
        var bookmark = await db.WorkflowBookmarks.FirstOrDefaultAsync(b => b.Id == command.BookmarkId, cancellationToken)
            ?? throw new ConflictException("This step of the workflow has already been completed.");
        var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == bookmark.InstanceId, cancellationToken);
        if (instance is null || !InstanceStates.Read(instance).Bookmarks.Any(b => b.Id == bookmark.Id))
        {
            // An index row whose bookmark is gone (its instance deleted, or moved on in a way that left the row):
            // removed, so it does not stay due for ever at the head of every sweep.
            db.WorkflowBookmarks.Remove(bookmark);
            return new ResumeOutcome(bookmark.InstanceId, instance?.Status ?? "Missing", instance?.SubStatus ?? "Missing");
        }

        await engine.ResumeAsync(instance, bookmark.Id, command.Input, cancellationToken);
        return new ResumeOutcome(instance.Id, instance.Status, instance.SubStatus);
    }
}
