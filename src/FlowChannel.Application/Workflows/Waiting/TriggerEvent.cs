using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>
/// Publishes the event <see cref="EventName"/>: every instance waiting on it (only those with
/// <see cref="CorrelationId"/>, when given) resumes with the payload, and every published workflow it triggers starts
/// with the payload as input. <see cref="DeliveryKey"/>, when set (an outbox delivery), makes a repeated publication
/// start nothing twice: the instances it starts get ids derived from it.
/// </summary>
public sealed record TriggerEvent(string EventName, string? CorrelationId, JsonNode? Payload, string? InitiatorUserId, string? DeliveryKey = null)
    : ICommand<EventOutcome>;

public sealed record EventOutcome(IReadOnlyList<string> Resumed, IReadOnlyList<string> Started);

public sealed class TriggerEventCommandHandler(FlowChannelDbContext db, WorkflowEngine engine, WorkflowDefinitionCache definitions)
    : ICommandHandler<TriggerEvent, EventOutcome>
{
    /// <summary>At most this many waiting instances wake per publication, so one event cannot hold the database for long.</summary>
    public const int MaxResumedPerEvent = 500;

    public async ValueTask<EventOutcome> Handle(TriggerEvent command, CancellationToken cancellationToken)
    {
        var key = BookmarkKeys.For(command.EventName);
        var waiting = from bookmark in db.WorkflowBookmarks
                      join instance in db.WorkflowInstances on bookmark.InstanceId equals instance.Id
                      where bookmark.Kind == BookmarkKinds.Event && bookmark.Key == key
                            && (command.CorrelationId == null || instance.CorrelationId == command.CorrelationId)
                      orderby bookmark.CreatedAt
                      select new { Bookmark = bookmark.Id, Instance = instance };
        var resumed = new List<string>();
        foreach (var item in await waiting.Take(MaxResumedPerEvent).ToListAsync(cancellationToken))
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

        return new EventOutcome(resumed, started);
    }

    // The event's result is its payload; a payload that is not an object (a number, a list) is wrapped as { payload }.
    private static JsonObject PayloadObject(JsonNode? payload) =>
        payload is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject { ["payload"] = payload?.DeepClone() };

    private static string DerivedId(string deliveryKey, string definitionVersionId, string activityId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{deliveryKey}\n{definitionVersionId}\n{activityId}")))[..32];
}
