using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Messaging;

/// <summary>
/// <c>Elsa.Event</c>: waits for the event <c>eventName</c> on a bookmark (<see cref="BookmarkPayloads.Event"/>); resumed
/// with the event's payload as the input, it offers that payload as the <c>result</c> output. As the trigger that
/// started the instance, the event has already happened: <c>result</c> is the workflow input (the payload).
/// </summary>
public sealed class EventActivity : WorkflowActivity
{
    public const string Type = "Elsa.Event";
    private const string EventNameInput = "eventName";

    public override string TypeName => Type;

    public override ActivityKind Kind => ActivityKind.Trigger;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new(EventNameInput)];

    public override IReadOnlyList<string> Outputs { get; } = ["result"];

    /// <summary>The event name when written as a literal (the only form a trigger index can use), else null.</summary>
    public static string? LiteralEventName(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Inputs.TryGetValue(EventNameInput, out var input) && input.Expression.Type == ExpressionType.Literal
            && JsonScalars.TryGetString(input.Expression.Value, out var name) && !string.IsNullOrWhiteSpace(name)
            ? name
            : null;
    }

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.Inputs.GetValueOrDefault(EventNameInput);
        var literal = input is null || input.Expression.Type == ExpressionType.Literal;
        if (literal && !(JsonScalars.TryGetString(input?.Expression.Value, out var name) && !string.IsNullOrWhiteSpace(name)))
        {
            context.Error(context.PointerTo(EventNameInput), $"{Type} needs an event name.");
        }
        else if (!literal && context.CanStartWorkflow)
        {
            context.Error(context.PointerTo(EventNameInput), $"{Type} can start the workflow, so its event name must be a literal string.");
        }
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsTriggerOfWorkflow)
        {
            context.SetOutput("result", context.GetWorkflowInputs());
            return ActivityResult.Done;
        }

        var eventName = context.GetString(EventNameInput);
        return string.IsNullOrWhiteSpace(eventName)
            ? ActivityResult.Fault($"{Type}: the event name is empty.")
            : ActivityResult.Suspend(BookmarkPayloads.Event(eventName));
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetOutput("result", input);
        return ActivityResult.Done;
    }
}
