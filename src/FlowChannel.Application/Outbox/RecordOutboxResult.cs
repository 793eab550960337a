using System.Text.Json.Nodes;
using FlowChannel.Application.Workflows;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Outbox;

/// <summary>
/// The end of a delivery attempt. Delivered: marked so, and the waiting bookmark (if any) resumed with the reply in
/// the same transaction. Failed: tried again later with a growing delay, or given up after the last attempt, which
/// shows as an incident on the instance that asked for it.
/// </summary>
public sealed record RecordOutboxResult(Guid Id, DateTime Now, JsonObject? Reply, string? Error) : ICommand<bool>;

public sealed class RecordOutboxResultHandler(FlowChannelDbContext db, WorkflowEngine engine) : ICommandHandler<RecordOutboxResult, bool>
{
    /// <summary>Attempts before giving up: with the delays below, about a day of trying.</summary>
    public const int MaxAttempts = 10;

    public async ValueTask<bool> Handle(RecordOutboxResult command, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (message is null || message.DeliveredAt is not null || message.AbandonedAt is not null)
        {
            return false;
        }

        if (command.Error is null)
        {
            message.DeliveredAt = command.Now;
            message.LastError = null;
            // An HTTP request's reply goes to the bookmark its activity left under the same key.
            var bookmarkId = await WaitingBookmarkAsync(message, cancellationToken);
            if (bookmarkId is not null && message.InstanceId is { } instanceId
                && await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken) is { } instance
                && await db.WorkflowBookmarks.AnyAsync(b => b.Id == bookmarkId, cancellationToken))
            {
                await engine.ResumeAsync(instance, bookmarkId, command.Reply ?? [], cancellationToken);
            }

            return true;
        }

        message.LastError = command.Error.Length > 2000 ? command.Error[..2000] : command.Error;
        if (message.Attempts >= MaxAttempts)
        {
            message.AbandonedAt = command.Now;
            var reason = $"Gave up delivering {message.Kind} after {message.Attempts} attempts: {message.LastError}";
            if (!await AnswerWaitingStepAsync(message, reason, cancellationToken))
            {
                await ReportAsync(message.InstanceId, reason, command.Now, cancellationToken);
            }

            return false;
        }

        message.NextAttemptAt = command.Now + Backoff(message.Attempts);
        return false;
    }

    /// <summary>
    /// A step waiting for the message's answer is told it failed, so the instance takes its failure path (an HTTP
    /// request's "Failed to connect", a parent's faulted child) instead of waiting for ever.
    /// </summary>
    private async Task<bool> AnswerWaitingStepAsync(Persistence.Entities.OutboxMessage message, string reason, CancellationToken ct)
    {
        if (message.Kind == OutboxKinds.ChildWorkflow && (string?)System.Text.Json.Nodes.JsonNode.Parse(message.PayloadJson)?["childInstanceId"] is { } child)
        {
            await Workflows.Waiting.ChildCompletion.NotifyParentAsync(db, child, new JsonObject { ["status"] = "Faulted", ["message"] = reason }, ct);
            return true;
        }

        if (message.Kind != OutboxKinds.Http || message.InstanceId is not { } instanceId)
        {
            return false;
        }

        var bookmarkId = await WaitingBookmarkAsync(message, ct);
        if (bookmarkId is null || await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, ct) is not { } instance)
        {
            return false;
        }

        await engine.ResumeAsync(instance, bookmarkId, new JsonObject { ["error"] = "connect", ["message"] = reason }, ct);
        return true;
    }

    // The bookmark the message's answer resumes: named on the message, or an HTTP request's, left under the same key.
    private async Task<string?> WaitingBookmarkAsync(Persistence.Entities.OutboxMessage message, CancellationToken ct) =>
        message.BookmarkId ?? (message.Kind == OutboxKinds.Http
            ? await db.WorkflowBookmarks.Where(b => b.Kind == BookmarkKinds.Http && b.Key == message.IdempotencyKey)
                .Select(b => b.Id).FirstOrDefaultAsync(ct)
            : null);

    /// <summary>30 s, 1 min, 2 min … doubling up to 4 h between attempts.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, attempts - 1)), TimeSpan.FromHours(4).TotalSeconds));

    private async Task ReportAsync(string? instanceId, string message, DateTime now, CancellationToken ct)
    {
        if (instanceId is null || await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, ct) is not { } instance)
        {
            return;
        }

        var state = WorkflowInstanceState.FromJson(instance.StateJson);
        state.Incidents.Add(new WorkflowIncident("outbox", "Outbox", message, new DateTimeOffset(now, TimeSpan.Zero)));
        instance.StateJson = state.ToJson();
        instance.UpdatedAt = now;
    }
}
