using FlowChannel.Workflows.Activities.Scheduling;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities;

/// <summary>
/// Finds the timer triggers of a definition and when they fire. The scheduler starts an instance at each fire time
/// with <c>TriggerActivityId</c> set to the trigger's activity id, then asks again with that fire time as
/// <c>after</c>: an interval counts from the previous fire, a cron expression gives its next occurrence, and a
/// <c>StartAt</c> fires once.
/// </summary>
public static class TimerTriggers
{
    /// <summary>Every timer activity with <c>canStartWorkflow</c> and a literal, valid schedule.</summary>
    public static IReadOnlyList<TimerTrigger> Find(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var triggers = new List<TimerTrigger>();
        foreach (var node in definition.Root.Activities)
        {
            if (node.CanStartWorkflow && node.IsKnown && TimerTriggerActivity.LiteralSchedule(node) is { } schedule)
            {
                triggers.Add(new TimerTrigger(node.Id, node.Type, schedule));
            }
        }

        return triggers;
    }

    /// <summary>The next fire time strictly after <paramref name="after"/> of each timer trigger that has one.</summary>
    public static IReadOnlyList<TimerFireTime> NextFireTimes(WorkflowDefinition definition, DateTimeOffset after) =>
        [.. Find(definition)
            .Select(trigger => (trigger.ActivityId, Due: trigger.Schedule.NextAfter(after)))
            .Where(fire => fire.Due is not null)
            .Select(fire => new TimerFireTime(fire.ActivityId, fire.Due!.Value))];
}
