using System.Text.Json.Nodes;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary>
/// What <c>Elsa.Timer</c>, <c>Elsa.Cron</c> and <c>Elsa.StartAt</c> share. As the trigger that started the instance the
/// timer has already fired, so the activity completes. Reached in a flow, it waits on a timer bookmark
/// (<see cref="BookmarkPayloads.Timer"/>) due at the schedule's next fire time after the run's clock.
/// </summary>
public abstract class TimerTriggerActivity : WorkflowActivity
{
    private const string ScheduleProperty = "schedule";

    public override ActivityKind Kind => ActivityKind.Trigger;

    /// <summary>The input holding the schedule (<c>interval</c>, <c>cronExpression</c>, <c>dateTime</c>).</summary>
    public abstract string InputName { get; }

    public override IReadOnlyList<ActivityInputDescriptor> Inputs => [new(InputName, InputTypeName)];

    protected abstract string InputTypeName { get; }

    /// <summary>Parses the input's value; null with <paramref name="problem"/> naming the bad value.</summary>
    public abstract TimerSchedule? Parse(JsonNode? value, out string? problem);

    /// <summary>The schedule parsed at import from a literal input (the only kind a trigger index can use), else null.</summary>
    public static TimerSchedule? LiteralSchedule(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Properties.GetValueOrDefault(ScheduleProperty) as TimerSchedule;
    }

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Inputs.GetValueOrDefault(InputName);
        if (input is null || input.Expression.Type == ExpressionType.Literal)
        {
            if (Parse(input?.Expression.Value, out var problem) is { } schedule)
            {
                context.SetProperty(ScheduleProperty, schedule);
            }
            else
            {
                context.Error(context.PointerTo(InputName), $"{TypeName}: {problem}.");
            }
        }
        else if (context.CanStartWorkflow)
        {
            context.Error(context.PointerTo(InputName), $"{TypeName} can start the workflow, so its {InputName} must be a literal: a trigger is scheduled without running the workflow.");
        }
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsTriggerOfWorkflow)
        {
            return ActivityResult.Done;
        }

        var schedule = LiteralSchedule(context.Node) ?? Parse(context.Evaluate(InputName), out var problem)
            ?? throw new WorkflowFaultException($"{TypeName}: {problem}.");
        return schedule.NextAfter(context.Now) is { } dueAt
            ? ActivityResult.Suspend(BookmarkPayloads.Timer(dueAt))
            : WhenNeverDue(context);
    }

    /// <summary>Resumed by the scheduler when the timer is due.</summary>
    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input) => ActivityResult.Done;

    /// <summary>What to do when the schedule has no fire time left after now.</summary>
    protected virtual ActivityResult WhenNeverDue(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ActivityResult.Fault($"{TypeName}: the schedule never fires after {BookmarkPayloads.Timer(context.Now)["dueAt"]}.");
    }
}
