using System.Text.Json.Nodes;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary>
/// <c>Elsa.Delay</c>: waits <c>timeSpan</c> on a timer bookmark (<see cref="BookmarkPayloads.Timer"/>) due at the run's
/// clock plus the delay; the scheduler resumes it then and it completes with <c>Done</c>.
/// </summary>
public sealed class DelayActivity : WorkflowActivity
{
    private const string TimeSpanInput = "timeSpan";

    public override string TypeName => "Elsa.Delay";

    public override ActivityKind Kind => ActivityKind.Blocking;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new(TimeSpanInput, "TimeSpan")];

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Inputs.GetValueOrDefault(TimeSpanInput);
        if ((input is null || input.Expression.Type == ExpressionType.Literal) && Parse(input?.Expression.Value, out var problem) is null)
        {
            context.Error(context.PointerTo(TimeSpanInput), $"{TypeName}: {problem}.");
        }
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var delay = Parse(context.Evaluate(TimeSpanInput), out var problem)
            ?? throw new WorkflowFaultException($"{TypeName}: {problem}.");
        return ActivityResult.Suspend(BookmarkPayloads.Timer(context.Now + delay));
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input) => ActivityResult.Done;

    private static TimeSpan? Parse(JsonNode? value, out string? problem)
    {
        var delay = TimerValues.Duration(value, out problem);
        if (delay < TimeSpan.Zero)
        {
            problem = $"a delay cannot be negative ('{delay}')";
            return null;
        }

        return delay;
    }
}
