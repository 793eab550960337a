using System.Text.Json.Nodes;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Platform;

/// <summary>
/// <c>FlowChannel.RecordChanged</c>: the trigger of workflows started when a record of the form <c>formId</c> is
/// updated. With <c>fields</c>, only a change to one of those field keys starts it; with <c>condition</c> (usually
/// JavaScript over <c>getInput('record')</c>), only a change for which it is true. Its <c>record</c> output is the
/// workflow input <c>record</c>: <c>{ id, formId, formVersion, status, previousStatus, data, previousData,
/// changedFields, changedBy, changedByName, changedByInstanceId }</c>.
/// </summary>
public sealed class RecordChangedActivity : WorkflowActivity
{
    public const string Type = "FlowChannel.RecordChanged";

    public override string TypeName => Type;

    public override ActivityKind Kind => ActivityKind.Trigger;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("formId"), new("fields", "String[]"), new("condition", "Boolean")];

    public override IReadOnlyList<string> Outputs { get; } = ["record"];

    public static bool IsRecordChanged(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return string.Equals(node.Type, Type, StringComparison.OrdinalIgnoreCase);
    }

    public override void Read(ActivityReadContext context)
    {
        FormSubmittedActivity.RequireLiteralFormId(context, "RecordChanged");
        if (context.Inputs.TryGetValue("fields", out var fields) && fields.Expression.Type is not (ExpressionType.Literal or ExpressionType.Object))
        {
            context.Error(context.PointerTo("fields"), "RecordChanged needs its field keys as a literal list.");
        }
    }

    /// <summary>Whether this change is one the trigger is for: a watched field changed and the condition holds.</summary>
    public override bool AcceptsStart(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var watched = context.GetStringList("fields")
            .SelectMany(f => f.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var changed = (context.PeekWorkflowInput("record")?["changedFields"] as JsonArray ?? []).Select(f => f?.ToString()).ToList();
        if (watched.Count > 0 && !watched.Exists(changed.Contains))
        {
            return false;
        }

        return !context.Node.Inputs.ContainsKey("condition") || context.GetBoolean("condition");
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The host tested the change before starting; testing again here makes a condition that throws fault this
        // instance, where the author sees it, instead of failing the change someone made to the record.
        if (context.IsTriggerOfWorkflow && !AcceptsStart(context))
        {
            context.Log("The change does not meet the trigger's fields or condition.");
        }

        context.SetOutput("record", context.PeekWorkflowInput("record"));
        return ActivityResult.Done;
    }
}
