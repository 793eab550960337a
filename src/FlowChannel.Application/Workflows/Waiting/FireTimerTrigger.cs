using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>The timer triggers (Timer, Cron, StartAt that start workflows) due at <paramref name="Now"/>.</summary>
public sealed record ListDueTimerTriggers(DateTime Now, int Take = 100, IReadOnlyCollection<Guid>? Excluding = null) : IQuery<IReadOnlyList<Guid>>;

public sealed class ListDueTimerTriggersHandler(FlowChannelDbContext db) : IQueryHandler<ListDueTimerTriggers, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListDueTimerTriggers query, CancellationToken cancellationToken)
    {
        var due = db.WorkflowTriggers.AsNoTracking().Where(t => t.Kind == TriggerKinds.Timer && t.NextFireAt <= query.Now);
        if (query.Excluding is { Count: > 0 } excluding)
        {
            due = due.Where(t => !excluding.Contains(t.Id));
        }
        return await due.OrderBy(t => t.NextFireAt).Take(query.Take).Select(t => t.Id).ToListAsync(cancellationToken);
    }
}

/// <summary>
/// Starts one instance from a due timer trigger and moves the trigger to its next fire time, in one transaction.
/// Of several nodes firing the same trigger, the concurrency token lets one win. Fires missed while the process
/// was down are made up once, not once per missed period: a daily report does not run five times after a long weekend.
/// </summary>
public sealed record FireTimerTrigger(Guid TriggerId, DateTime Now) : ICommand<string?>;

public sealed class FireTimerTriggerHandler(FlowChannelDbContext db, WorkflowEngine engine, WorkflowDefinitionCache definitions)
    : ICommandHandler<FireTimerTrigger, string?>
{
    public async ValueTask<string?> Handle(FireTimerTrigger command, CancellationToken cancellationToken)
    {
        var trigger = await db.WorkflowTriggers.FirstOrDefaultAsync(t => t.Id == command.TriggerId, cancellationToken);
        if (trigger?.NextFireAt is not { } due || due > command.Now)
        {
            return null;
        }

        var definition = await definitions.GetAsync(db, trigger.DefinitionVersionId, cancellationToken);
        var after = new DateTimeOffset(command.Now > due ? command.Now : due, TimeSpan.Zero);
        trigger.NextFireAt = TimerTriggers.NextFireTimes(definition, after)
            .FirstOrDefault(f => f.ActivityId == trigger.ActivityId)?.DueAt.UtcDateTime;
        var input = new System.Text.Json.Nodes.JsonObject { ["firedAt"] = new DateTimeOffset(due, TimeSpan.Zero) };
        return await engine.StartAsync(definition, trigger.ActivityId, input, null, SystemUser.Id, null, cancellationToken);
    }
}
