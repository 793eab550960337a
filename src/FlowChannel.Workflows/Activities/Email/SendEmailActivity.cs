using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Email;

/// <summary>
/// <c>Elsa.SendEmail</c>: asks the caller to send an email. <c>to</c>, <c>cc</c> and <c>bcc</c> take an array or text
/// separated by commas or semicolons; every address is checked here, so a typo faults the step that holds it rather
/// than failing later in delivery where nobody sees it.
/// </summary>
public sealed class SendEmailActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.SendEmail";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
    [
        new("from"), new("to", "String[]"), new("cc", "String[]"), new("bcc", "String[]"), new("subject"), new("body"),
    ];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var from = context.GetString("from")?.Trim();
        from = string.IsNullOrEmpty(from) ? null : EmailAddresses.Validate(context, "from", from);
        var to = EmailAddresses.Read(context, "to");
        var cc = EmailAddresses.Read(context, "cc");
        var bcc = EmailAddresses.Read(context, "bcc");
        if (to.Count + cc.Count + bcc.Count == 0)
        {
            return ActivityResult.Fault($"{ActivityDescription.Of(context)}: no recipient in 'to', 'cc' or 'bcc'.");
        }

        // A line break in a subject would start a new mail header; one line is all a subject can be anyway.
        var subject = string.Join(' ', (context.GetString("subject") ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        var key = context.DeterministicId("email");
        context.AddEffect(new SendEmailEffect(context.ActivityId, key, from, to, cc, bcc, subject, context.GetString("body") ?? string.Empty));
        context.Log($"Email to {to.Count + cc.Count + bcc.Count} recipient(s): {subject}");
        return ActivityResult.Done;
    }
}
