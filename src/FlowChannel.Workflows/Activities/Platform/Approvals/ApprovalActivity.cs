using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>
/// <c>FlowChannel.Approval</c>: a human decision by one or more approvers. Running, it evaluates its settings into an
/// <see cref="ApprovalRequest"/> and waits on a bookmark carrying it; the host resolves the approvers, makes their
/// tasks, counts their votes by the mode and resumes the step once with the round's result:
/// <c>{ outcome, comment, actorId, actorName, decisions, returnTo }</c>. A return to the submitter, when the
/// <c>Returned</c> port is not connected, waits again for the resubmission and then asks the approvers anew; a return
/// to an earlier approval goes back to that step. <c>{ fault }</c> faults the step with that message.
/// </summary>
public sealed class ApprovalActivity : WorkflowActivity
{
    public const string Type = "FlowChannel.Approval";

    private static readonly string[] TextInputs = ["title", "description", "recordId", "role", "assignee"];

    private static readonly Dictionary<string, Func<JsonNode?, (bool Ok, string? Problem)>> Checks = new(StringComparer.Ordinal)
    {
        [ApprovalInputs.Mode] = v => (ApprovalInputs.ParseMode(v, out var p) is not null, p),
        [ApprovalInputs.Percentage] = v => (ApprovalInputs.ParsePercentage(v, out var p) is not null, p),
        [ApprovalInputs.Actions] = v => (ApprovalInputs.ParseActions(v, out var p) is not null, p),
        [ApprovalInputs.FieldPermissions] = v => (ApprovalInputs.ParseFields(v, out var p) is not null, p),
        [ApprovalInputs.DueIn] = v => (ApprovalInputs.ParseDuration(v, out var p) is not null || p is null, p),
        [ApprovalInputs.RemindBefore] = v => (ApprovalInputs.ParseDuration(v, out var p) is not null || p is null, p),
        [ApprovalInputs.OverdueAction] = v => (ApprovalInputs.ParseOverdue(v, out var p) is not null, p),
        [ApprovalInputs.WhenNoApprover] = v => (ApprovalInputs.ParseNoApprover(v, out var p) is not null, p),
        [ApprovalInputs.Approvers] = v =>
        {
            var errors = new List<string>();
            ApproverSpec.ParseList(v, errors);
            return (errors.Count == 0, string.Join("; ", errors));
        },
    };

    public override string TypeName => Type;

    public override ActivityKind Kind => ActivityKind.Blocking;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
    [
        .. TextInputs.Select(name => new ActivityInputDescriptor(name)),
        new(ApprovalInputs.Approvers, "Object"),
        new(ApprovalInputs.Mode),
        new(ApprovalInputs.Percentage, "Int32"),
        new(ApprovalInputs.Actions, "Object"),
        new(ApprovalInputs.FieldPermissions, "Object"),
        new(ApprovalInputs.DueIn, "TimeSpan"),
        new(ApprovalInputs.RemindBefore, "TimeSpan"),
        new(ApprovalInputs.OverdueAction),
        new(ApprovalInputs.AutoSkip, "Boolean"),
        new(ApprovalInputs.WhenNoApprover),
        new(ApprovalInputs.AllowBatchApproval, "Boolean"),
    ];

    public override IReadOnlyList<string> Outputs { get; } = ["outcome", "comment", "approver", "approverId", "decisions", "returnedTo"];

    public override IReadOnlyList<string> Outcomes => ApprovalOutcomes.All;

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (name, check) in Checks)
        {
            if (context.Inputs.TryGetValue(name, out var input) && input.Expression.Type == ExpressionType.Literal)
            {
                var literal = ApprovalInputs.FromJsonText(input.Expression.Value?.DeepClone(), out var jsonProblem);
                var (ok, problem) = jsonProblem is null ? check(literal) : (false, jsonProblem);
                if (!ok)
                {
                    context.Error(context.PointerTo(name), $"{TypeName} {name}: {problem}.");
                }
            }
        }

        if (!context.Inputs.ContainsKey(ApprovalInputs.Approvers) && !context.Inputs.ContainsKey("role") && !context.Inputs.ContainsKey("assignee"))
        {
            context.Warning(context.JsonPointer, $"{TypeName}: no approvers, role or assignee; the administrators will get the task.");
        }
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ActivityResult.Suspend(ApprovalRequestBuilder.Build(context, TypeName).ToPayload());
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (Text(input, "fault") is { } fault)
        {
            // The host could not run the round (nobody to ask, and the step says that is an error).
            return ActivityResult.Fault(fault);
        }

        var outcome = Text(input, "outcome");
        if (string.Equals(outcome, ApprovalOutcomes.Resubmitted, StringComparison.OrdinalIgnoreCase))
        {
            context.Log($"Resubmitted by {Actor(input)}; asking the approvers again.");
            return Execute(context);
        }

        outcome = ApprovalOutcomes.All.FirstOrDefault(o => string.Equals(o, outcome, StringComparison.OrdinalIgnoreCase));
        if (outcome is null)
        {
            return ActivityResult.Fault($"Approval was resumed with outcome '{Text(input, "outcome")}'; expected {string.Join(", ", ApprovalOutcomes.All)}.");
        }

        context.SetOutput("outcome", outcome);
        context.SetOutput("comment", Text(input, "comment"));
        context.SetOutput("approver", Text(input, "actorName"));
        context.SetOutput("approverId", Text(input, "actorId"));
        context.SetOutput("decisions", input["decisions"]?.DeepClone() ?? new JsonArray());
        context.Log($"{outcome} by {Actor(input)}");
        return outcome == ApprovalOutcomes.Returned ? Return(context, input) : ActivityResult.Complete(outcome);
    }

    private static ActivityResult Return(ActivityExecutionContext context, JsonObject input)
    {
        var target = Text(input, "returnTo") ?? ApprovalOutcomes.Submitter;
        context.SetOutput("returnedTo", target);
        if (target != ApprovalOutcomes.Submitter)
        {
            return ActivityResult.JumpTo(target, ApprovalOutcomes.Returned);
        }

        // The author wired what a return means; otherwise the submitter revises and this step asks again.
        return context.IsConnected(ApprovalOutcomes.Returned)
            ? ActivityResult.Complete(ApprovalOutcomes.Returned)
            : ActivityResult.Suspend(new JsonObject
            {
                [ApprovalRequest.StageKey] = ApprovalRequest.ResubmitStage,
                ["title"] = context.GetString("title"),
                ["recordId"] = context.GetString("recordId"),
                ["comment"] = Text(input, "comment"),
                ["returnedBy"] = Text(input, "actorId"),
                ["returnedByName"] = Text(input, "actorName"),
            });
    }

    private static string Actor(JsonObject input) => Text(input, "actorName") ?? Text(input, "actorId") ?? "unknown";

    private static string? Text(JsonObject input, string name) =>
        JsonScalars.TryGetString(input[name], out var text) ? text : null;
}
