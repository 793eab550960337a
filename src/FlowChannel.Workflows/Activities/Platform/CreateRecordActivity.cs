using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Platform;

/// <summary>
/// <c>FlowChannel.CreateRecord</c>: asks the caller to create a record of <c>formId</c> with <c>data</c>, owned by
/// <c>owner</c>. The record's id is chosen here, so later activities can use the <c>recordId</c> output at once.
/// </summary>
public sealed class CreateRecordActivity : WorkflowActivity
{
    public override string TypeName => "FlowChannel.CreateRecord";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("formId"), new("data", "Object"), new("owner")];

    public override IReadOnlyList<string> Outputs { get; } = ["recordId"];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var formId = context.GetString("formId");
        if (string.IsNullOrWhiteSpace(formId))
        {
            return ActivityResult.Fault("CreateRecord needs a formId.");
        }

        var data = context.GetObject("data") ?? [];
        var recordId = context.NewGuid();
        context.AddEffect(new CreateRecordEffect(context.ActivityId, formId, recordId, data, NullIfEmpty(context.GetString("owner"))));
        context.SetOutput("recordId", recordId.ToString());
        return ActivityResult.Done;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
