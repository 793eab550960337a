using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Platform;

/// <summary>
/// <c>FlowChannel.Approval</c>: a human decision. Creates a bookmark whose payload describes the task (title, role,
/// assignee, recordId, description) and waits. Resumed with <c>{ outcome: Approved|Rejected, comment, actorId,
/// actorName }</c>, it completes with that outcome and offers <c>outcome</c>, <c>comment</c>, <c>approver</c> (the
/// actor's name) and <c>approverId</c> as outputs.
/// </summary>
public sealed class ApprovalActivity : WorkflowActivity
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    private static readonly string[] PayloadInputs = ["title", "role", "assignee", "recordId", "description"];

    public override string TypeName => "FlowChannel.Approval";

    public override ActivityKind Kind => ActivityKind.Blocking;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [.. PayloadInputs.Select(name => new ActivityInputDescriptor(name))];

    public override IReadOnlyList<string> Outputs { get; } = ["outcome", "comment", "approver", "approverId"];

    public override IReadOnlyList<string> Outcomes { get; } = [Approved, Rejected];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = new JsonObject();
        foreach (var name in PayloadInputs)
        {
            payload[name] = context.GetString(name);
        }

        return ActivityResult.Suspend(payload);
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var outcome = Text(input, "outcome");
        outcome = string.Equals(outcome, Approved, StringComparison.OrdinalIgnoreCase) ? Approved
            : string.Equals(outcome, Rejected, StringComparison.OrdinalIgnoreCase) ? Rejected
            : null;
        if (outcome is null)
        {
            return ActivityResult.Fault($"Approval was resumed with outcome '{Text(input, "outcome")}'; expected {Approved} or {Rejected}.");
        }

        var actorName = Text(input, "actorName");
        context.SetOutput("outcome", outcome);
        context.SetOutput("comment", Text(input, "comment"));
        context.SetOutput("approver", actorName);
        context.SetOutput("approverId", Text(input, "actorId"));
        context.Log($"{outcome} by {actorName ?? Text(input, "actorId") ?? "unknown"}");
        return ActivityResult.Complete(outcome);
    }

    private static string? Text(JsonObject input, string name) =>
        JsonScalars.TryGetString(input[name], out var text) ? text : null;
}
