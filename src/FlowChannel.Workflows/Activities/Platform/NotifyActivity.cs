using System.Text.Json.Nodes;
using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Platform;

/// <summary>
/// <c>FlowChannel.Notify</c>: asks the caller to notify <c>recipients</c> (and the older single <c>recipient</c>), with
/// copies to <c>cc</c>, in the app and/or by email (<c>channels</c>). <c>subject</c> and <c>body</c> (and the optional
/// English <c>subjectEn</c>/<c>bodyEn</c>) are Liquid templates over <c>Variables</c>, <c>Input</c> and <c>Record</c> (the
/// workflow input <c>record</c>). Without anyone to notify (say, an anonymous submission) the notification is skipped
/// and the journal says so: a missing message is not worth stopping the process for.
/// </summary>
public sealed class NotifyActivity : WorkflowActivity
{
    public override string TypeName => "FlowChannel.Notify";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
    [
        new("recipient"), new("recipients", "String[]"), new("cc", "String[]"), new("channels", "String[]"),
        new("subject"), new("body"), new("subjectEn"), new("bodyEn"),
    ];

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        NotifyInputs.Check(context);
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recipients = NotifyInputs.Recipients(context);
        var cc = NotifyInputs.Cc(context, recipients);
        if (recipients.Count + cc.Count == 0)
        {
            context.Log("No recipient; notification skipped.");
            return ActivityResult.Done;
        }

        var channels = NotifyInputs.Channels(context);
        // Templates only read their model, so the record is not copied for them.
        var names = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["Record"] = context.PeekWorkflowInput("record") };
        var message = new NotifyMessage(Subject(context, "subject", names) ?? string.Empty, context.RenderTemplate("body", names) ?? string.Empty);
        var subjectEn = Subject(context, "subjectEn", names);
        var bodyEn = context.RenderTemplate("bodyEn", names);

        // An English text given for one part only borrows the other part from the default text.
        var english = subjectEn is null && bodyEn is null ? null : new NotifyMessage(subjectEn ?? message.Subject, bodyEn ?? message.Body);
        context.AddEffect(new NotifyEffect(context.ActivityId, context.DeterministicId("notify"), recipients, cc, channels, message, english)
        {
            PerRecipient = PerRecipient(context, names["Record"]),
        });
        context.Log($"Notify {recipients.Count} recipient(s) and {cc.Count} in copy ({channels}): {message.Subject}");
        return ActivityResult.Done;
    }

    /// <summary>The templates to render again per person when the workflow runs for a record; else null.</summary>
    private static NotifyRecordTemplates? PerRecipient(ActivityExecutionContext context, JsonNode? record)
    {
        if (record is not JsonObject { } recordObject || recordObject["formId"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            return null;
        }
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in NotifyInputs.TemplateInputs)
        {
            if (context.TemplateTextOf(input) is { } text)
            {
                templates[input] = text;
            }
        }
        return templates.Count == 0 ? null
            : new NotifyRecordTemplates(templates, context.LiquidNamesSnapshot(), recordObject["formId"]!.GetValue<string>(), (JsonObject)recordObject.DeepClone());
    }

    private static string? Subject(ActivityExecutionContext context, string input, Dictionary<string, JsonNode?> names) =>
        // A line break in a subject would start a new mail header; one line is all a subject can be anyway.
        context.RenderTemplate(input, names) is { } subject
            ? string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
            : null;
}
