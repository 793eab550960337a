using System.Text.Json.Nodes;
using Cronos;
using FlowChannel.Application.Automations.Rules;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Automations.Running;

/// <summary>
/// The scheduler's pass over schedule rules: queues a run for each cron tick and each record whose date (plus the rule's
/// offset) has come, and writes down that it did (<see cref="AutomationScheduleFire"/>, unique), in the same unit of work
/// as the queued runs. So each fires once, even if a sweep is repeated, two nodes sweep together, or the process died
/// between the sweep and the run. Missed cron ticks fire once, not once each. Returns how many runs were queued.
/// </summary>
public sealed record FireDueAutomationSchedules(DateTime Now) : ICommand<int>;

public sealed class FireDueAutomationSchedulesHandler(FlowChannelDbContext db, AutomationDispatcher dispatcher)
    : ICommandHandler<FireDueAutomationSchedules, int>
{
    public async ValueTask<int> Handle(FireDueAutomationSchedules command, CancellationToken cancellationToken)
    {
        var automations = await db.Automations.Where(a => a.TriggerKind == AutomationTriggers.Schedule && a.IsActive).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var automation in automations)
        {
            if (AutomationRuleParser.Parse(automation.DefinitionJson).Rule?.Trigger is not { } trigger)
            {
                continue;
            }
            queued += trigger.Cron is { } cron
                ? FireCron(automation, cron, command.Now)
                : await FireDatesAsync(automation, trigger, command.Now, cancellationToken);
        }
        return queued;
    }

    private int FireCron(Automation automation, string cron, DateTime now)
    {
        var expression = CronExpression.Parse(cron, CronFormat.Standard);
        var from = automation.LastScheduledAt ?? automation.CreatedAt;
        if (expression.GetNextOccurrence(DateTime.SpecifyKind(from, DateTimeKind.Utc)) is not { } due || due > now)
        {
            return 0;
        }
        // The latest tick not after now: ticks missed while the process was down fire once, as this one.
        var latest = due;
        while (expression.GetNextOccurrence(latest) is { } next && next <= now)
        {
            latest = next;
        }
        automation.LastScheduledAt = latest;
        db.AutomationScheduleFires.Add(new AutomationScheduleFire { AutomationId = automation.Id, RecordId = Guid.Empty, DueAt = latest, FiredAt = now });
        dispatcher.Enqueue(automation.Id, automation.FormId, null, AutomationTriggers.Schedule, []);
        return 1;
    }

    private async Task<int> FireDatesAsync(Automation automation, AutomationTrigger trigger, DateTime now, CancellationToken ct)
    {
        // Due when date + offset has come, so the anchor date is at most now − offset. Dates that had already passed
        // (with their offset) when the rule was made are history, not reminders.
        var cutoff = now.AddDays(-trigger.OffsetDays);
        var windowStart = automation.CreatedAt.Date.AddDays(-Math.Max(trigger.OffsetDays, 0));
        var candidates = await db.RecordFieldValues.AsNoTracking()
            .Where(v => v.FormId == automation.FormId && v.FieldKey == trigger.DateField && v.Ordinal == 0
                && v.Date != null && v.Date <= cutoff && v.Date >= windowStart)
            .Join(db.FormRecords.Where(r => r.DeletedAt == null), v => v.RecordId, r => r.Id, (v, r) => new { r.Id, v.Date, r.DataJson })
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return 0;
        }
        var ids = candidates.Select(c => c.Id).ToList();
        var fired = (await db.AutomationScheduleFires.AsNoTracking().Where(f => f.AutomationId == automation.Id && ids.Contains(f.RecordId))
            .Select(f => new { f.RecordId, f.DueAt }).ToListAsync(ct)).ToHashSet();
        var queued = 0;
        foreach (var candidate in candidates)
        {
            var due = candidate.Date!.Value.AddDays(trigger.OffsetDays);
            if (fired.Contains(new { RecordId = candidate.Id, DueAt = due }))
            {
                continue;
            }
            db.AutomationScheduleFires.Add(new AutomationScheduleFire { AutomationId = automation.Id, RecordId = candidate.Id, DueAt = due, FiredAt = now });
            dispatcher.Enqueue(automation.Id, automation.FormId, candidate.Id, AutomationTriggers.Schedule, JsonNode.Parse(candidate.DataJson)!.AsObject());
            queued++;
        }
        return queued;
    }
}
