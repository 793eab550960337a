using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Composition;

/// <summary>
/// Starts an instance of another workflow (<see cref="StartChildWorkflowEffect"/>) whose id is derived from this
/// execution, so a retried step asks for the same child and the caller can ignore the duplicate. When waiting, it
/// suspends on <c>{ kind: "child", childInstanceId }</c> and is resumed with <c>{ status, output, message }</c>:
/// <c>Finished</c> sets <c>result</c> to the child's output and completes <c>Done</c>; <c>Faulted</c> or
/// <c>Cancelled</c> faults this instance, since the parent asked to depend on the child's result.
/// </summary>
public abstract class ChildWorkflowActivity : WorkflowActivity
{
    public const string BookmarkKind = "child";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
    [
        new("workflowDefinitionId"), new("correlationId"), new("input", "Object"), new("waitForCompletion", "Boolean"),
    ];

    public override IReadOnlyList<string> Outputs { get; } = ["result"];

    /// <summary>Whether this execution waits for the child to finish.</summary>
    protected abstract bool WaitsForCompletion(ActivityExecutionContext context);

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definitionId = context.GetString("workflowDefinitionId")?.Trim();
        if (string.IsNullOrEmpty(definitionId))
        {
            return ActivityResult.Fault($"{ActivityDescription.Of(context)}: 'workflowDefinitionId' is empty.");
        }

        var wait = WaitsForCompletion(context);
        var correlationId = context.GetString("correlationId") is { Length: > 0 } given ? given : null;
        var childId = context.DeterministicId("child");
        context.AddEffect(new StartChildWorkflowEffect(context.ActivityId, childId, definitionId, correlationId, context.GetObject("input") ?? [], wait));
        context.Log($"Child {definitionId} instance {childId}");
        return wait
            ? ActivityResult.Suspend(new JsonObject { ["kind"] = BookmarkKind, ["childInstanceId"] = childId, ["definitionId"] = definitionId })
            : ActivityResult.Done;
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var status = JsonScalars.TryGetString(input["status"], out var text) ? text : null;
        var message = JsonScalars.TryGetString(input["message"], out var m) && m.Length > 0 ? $": {m}" : ".";
        var child = $"{ActivityDescription.Of(context)}: child workflow instance {context.DeterministicId("child")}";
        return status?.ToUpperInvariant() switch
        {
            "FINISHED" => Finished(context, input["output"]),
            "FAULTED" => ActivityResult.Fault($"{child} faulted{message}"),
            "CANCELLED" or "CANCELED" => ActivityResult.Fault($"{child} was cancelled{message}"),
            _ => ActivityResult.Fault($"{child} reported status '{status}'; expected Finished, Faulted or Cancelled."),
        };
    }

    private static ActivityResult Finished(ActivityExecutionContext context, JsonNode? output)
    {
        context.SetOutput("result", output);
        return ActivityResult.Done;
    }
}
