using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;
using FlowChannel.Application.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>
/// Publishes the event <see cref="EventName"/>: every instance waiting on it (only those with
/// <see cref="CorrelationId"/>, when given) resumes with the payload, and every published workflow it triggers starts
/// with the payload as input. <see cref="DeliveryKey"/>, when set (an outbox delivery), makes a repeated publication
/// start nothing twice: the instances it starts get ids derived from it. <see cref="WaitingSince"/> marks a follow-up
/// delivery: it wakes only instances that were already waiting when the event was first published, and starts nothing.
/// </summary>
public sealed record TriggerEvent(string EventName, string? CorrelationId, JsonNode? Payload, string? InitiatorUserId, string? DeliveryKey = null)
    : ICommand<EventOutcome>
{
    public DateTime? WaitingSince { get; init; }
}

/// <summary>
/// The instances woken and started; <c>Continued</c> when more were waiting than one batch wakes (a follow-up delivery
/// through the outbox wakes the rest).
/// </summary>
public sealed record EventOutcome(IReadOnlyList<string> Resumed, IReadOnlyList<string> Started, bool Continued = false);

public sealed class TriggerEventCommandHandler(FlowChannelDbContext db, WorkflowEngine engine, WorkflowDefinitionCache definitions,
    IOptions<EventOptions> options, TimeProvider clock)
    : ICommandHandler<TriggerEvent, EventOutcome>
{
    public async ValueTask<EventOutcome> Handle(TriggerEvent command, CancellationToken cancellationToken)
    {
        var key = BookmarkKeys.For(command.EventName);
        var publishedAt = command.WaitingSince ?? clock.GetUtcNow().UtcDateTime;
        var waiting = from bookmark in db.WorkflowBookmarks
                      join instance in db.WorkflowInstances on bookmark.InstanceId equals instance.Id
                      where bookmark.Kind == BookmarkKinds.Event && bookmark.Key == key && bookmark.CreatedAt <= publishedAt
                            && (command.CorrelationId == null || instance.CorrelationId == command.CorrelationId)
                      orderby bookmark.CreatedAt, bookmark.Id
                      select new { Bookmark = bookmark.Id, Instance = instance };
        var batch = Math.Max(1, options.Value.ResumedPerBatch);
        var found = await waiting.Take(batch + 1).ToListAsync(cancellationToken);
        var continued = found.Count > batch;
        if (continued)
        {
            Continue(command, publishedAt, found[batch - 1].Bookmark);
        }

        var resumed = new List<string>();
        foreach (var item in found.Take(batch))
        {
            // One instance may wait on the event twice (two branches): the first resume can end the second wait.
            if (!WorkflowInstanceState.FromJson(item.Instance.StateJson).Bookmarks.Any(b => b.Id == item.Bookmark))
            {
                continue;
            }

            await engine.ResumeAsync(item.Instance, item.Bookmark, PayloadObject(command.Payload), cancellationToken);
            if (!resumed.Contains(item.Instance.Id))
            {
                resumed.Add(item.Instance.Id);
            }
        }

        var started = new List<string>();
        if (command.WaitingSince is not null)
        {
            // A follow-up: the first delivery started the triggered workflows.
            return new EventOutcome(resumed, started, continued);
        }

        var triggers = await db.WorkflowTriggers.AsNoTracking()
            .Where(t => t.Kind == TriggerKinds.Event && t.Key == key)
            .ToListAsync(cancellationToken);
        foreach (var trigger in triggers)
        {
            var instanceId = command.DeliveryKey is null ? null : DerivedId(command.DeliveryKey, trigger.DefinitionVersionId, trigger.ActivityId);
            if (instanceId is not null && await db.WorkflowInstances.AnyAsync(i => i.Id == instanceId, cancellationToken))
            {
                continue;
            }

            var definition = await definitions.GetAsync(db, trigger.DefinitionVersionId, cancellationToken);
            started.Add(await engine.StartAsync(definition, trigger.ActivityId, PayloadObject(command.Payload), command.CorrelationId, command.InitiatorUserId, instanceId, cancellationToken));
        }

        return new EventOutcome(resumed, started, continued);
    }

    /// <summary>
    /// Queues the next batch in this unit of work: this batch's bookmarks are gone once it commits, so the follow-up
    /// finds the next ones; its key (the last bookmark of this batch) keeps a repeated delivery from queuing it twice.
    /// </summary>
    private void Continue(TriggerEvent command, DateTime publishedAt, string lastBookmark) =>
        OutboxWriter.Enqueue(db, OutboxKinds.Event, new JsonObject
        {
            ["eventName"] = command.EventName,
            ["correlationId"] = command.CorrelationId,
            ["payload"] = command.Payload?.DeepClone(),
            ["waitingSince"] = publishedAt,
        }, $"event-more:{BookmarkKeys.For(command.EventName)}:{lastBookmark}", null, null, clock.GetUtcNow().UtcDateTime);

    // The event's result is its payload; a payload that is not an object (a number, a list) is wrapped as { payload }.
    private static JsonObject PayloadObject(JsonNode? payload) =>
        payload is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject { ["payload"] = payload?.DeepClone() };

    private static string DerivedId(string deliveryKey, string definitionVersionId, string activityId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{deliveryKey}\n{definitionVersionId}\n{activityId}")))[..32];
}
