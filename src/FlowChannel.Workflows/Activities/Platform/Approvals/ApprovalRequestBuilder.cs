using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>Evaluates an approval step's inputs into the request its bookmark carries; bad values fault the step.</summary>
internal static class ApprovalRequestBuilder
{
    public static ApprovalRequest Build(ActivityExecutionContext context, string typeName)
    {
        T Require<T>(string input, T? value, string? problem)
            where T : struct =>
            value ?? throw new WorkflowFaultException($"{typeName} {input}: {problem}.");

        T RequireObject<T>(string input, T? value, string? problem)
            where T : class =>
            value ?? throw new WorkflowFaultException($"{typeName} {input}: {problem}.");

        var errors = new List<string>();
        var approvers = ApproverSpec.ParseList(Parsed(context.Evaluate(ApprovalInputs.Approvers), typeName, ApprovalInputs.Approvers), errors);
        if (errors.Count > 0)
        {
            throw new WorkflowFaultException($"{typeName} {ApprovalInputs.Approvers}: {string.Join("; ", errors)}.");
        }

        if (context.GetString("assignee") is { Length: > 0 } assignee)
        {
            approvers.Add(new ApproverSpec(ApproverSpec.User, assignee));
        }

        if (context.GetString("role") is { Length: > 0 } role)
        {
            approvers.Add(new ApproverSpec(ApproverSpec.Role, role));
        }

        var dueIn = ApprovalInputs.ParseDuration(context.Evaluate(ApprovalInputs.DueIn), out var dueProblem);
        var remindBefore = ApprovalInputs.ParseDuration(context.Evaluate(ApprovalInputs.RemindBefore), out var remindProblem);
        if (dueProblem is not null)
        {
            throw new WorkflowFaultException($"{typeName} {ApprovalInputs.DueIn}: {dueProblem}.");
        }

        if (remindProblem is not null)
        {
            throw new WorkflowFaultException($"{typeName} {ApprovalInputs.RemindBefore}: {remindProblem}.");
        }

        var dueAt = context.Now + dueIn;
        // A reminder "before" a due time longer than the whole wait would fire at once; it then fires halfway.
        var remind = dueIn is null || remindBefore is null ? null : remindBefore < dueIn ? remindBefore : dueIn / 2;
        return new ApprovalRequest
        {
            Title = context.GetString("title"),
            Description = context.GetString("description"),
            RecordId = context.GetString("recordId"),
            Approvers = approvers,
            Mode = Require(ApprovalInputs.Mode, ApprovalInputs.ParseMode(context.Evaluate(ApprovalInputs.Mode), out var p1), p1),
            Percentage = Require(ApprovalInputs.Percentage, ApprovalInputs.ParsePercentage(context.Evaluate(ApprovalInputs.Percentage), out var p2), p2),
            Actions = RequireObject(ApprovalInputs.Actions, ApprovalInputs.ParseActions(Parsed(context.Evaluate(ApprovalInputs.Actions), typeName, ApprovalInputs.Actions), out var p3), p3),
            Fields = RequireObject(ApprovalInputs.FieldPermissions, ApprovalInputs.ParseFields(Parsed(context.Evaluate(ApprovalInputs.FieldPermissions), typeName, ApprovalInputs.FieldPermissions), out var p4), p4),
            DueAt = dueAt,
            RemindAt = dueAt - remind,
            DueIn = dueIn,
            RemindBefore = remind,
            OverdueAction = Require(ApprovalInputs.OverdueAction, ApprovalInputs.ParseOverdue(context.Evaluate(ApprovalInputs.OverdueAction), out var p5), p5),
            AutoSkip = context.GetBoolean(ApprovalInputs.AutoSkip),
            AllowBatchApproval = context.Evaluate(ApprovalInputs.AllowBatchApproval) is null ? null : context.GetBoolean(ApprovalInputs.AllowBatchApproval),
            WhenNoApprover = Require(ApprovalInputs.WhenNoApprover, ApprovalInputs.ParseNoApprover(context.Evaluate(ApprovalInputs.WhenNoApprover), out var p6), p6),
            ReturnTargets = [.. context.EarlierCompleted(ApprovalActivity.Type).Select(e => new ReturnTarget(e.ActivityId, e.ActivityName))],
        };
    }

    private static JsonNode? Parsed(JsonNode? value, string typeName, string input) =>
        ApprovalInputs.FromJsonText(value, out var problem) is var parsed && problem is null ? parsed : throw new WorkflowFaultException($"{typeName} {input}: {problem}.");
}
