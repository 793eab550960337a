using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Liquid;
using FlowChannel.Workflows.Effects;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Notify;

/// <summary>
/// Renders a notification's texts for one person with the record as that person may see it: the fields their
/// permission sets hide are taken out of <c>Record.data</c> and <c>Input.record.data</c> before the templates run, so
/// a hidden value reaches nobody in the app or by email. Singleton.
/// </summary>
/// <remarks>
/// Texts written as scripts rather than templates, and workflow variables a flow filled from the record, are the
/// author's to keep clean: they are rendered once, as the workflow saw them (docs/notifications.md).
/// </remarks>
public sealed class NotifyRenderer(ExpressionLimits limits)
{
    private readonly LiquidRenderer _liquid = new(limits);

    public async Task<(NotifyMessage Message, NotifyMessage? English)> ForAsync(RecordPermissions permissions, NotifyEffect notify,
        NotifyPerson person, CancellationToken ct)
    {
        if (notify.PerRecipient is not { } templates)
        {
            return (notify.Message, notify.English);
        }
        var rights = await permissions.ForFormAsync(await ActorAsync(permissions, person, ct), templates.FormId, ct);
        var record = (JsonObject)templates.Record.DeepClone();
        var data = record["data"] as JsonObject ?? [];
        record.Remove("data");
        record["data"] = rights.Redact(data);
        var names = new Dictionary<string, JsonNode?>(templates.Names, StringComparer.Ordinal);
        if (names.GetValueOrDefault("Input") is JsonObject input && input.ContainsKey("record"))
        {
            var redactedInput = (JsonObject)input.DeepClone();
            redactedInput["record"] = record.DeepClone();
            names["Input"] = redactedInput;
        }
        var extra = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["Record"] = record };

        string? Render(string name) => templates.Templates.TryGetValue(name, out var template) ? RenderOne(notify, name, template, names, extra) : null;
        var message = new NotifyMessage(OneLine(Render("subject")) ?? notify.Message.Subject, Render("body") ?? notify.Message.Body);
        var subjectEn = OneLine(Render("subjectEn")) ?? notify.English?.Subject;
        var bodyEn = Render("bodyEn") ?? notify.English?.Body;
        var english = subjectEn is null && bodyEn is null ? null : new NotifyMessage(subjectEn ?? message.Subject, bodyEn ?? message.Body);
        return (message, english);
    }

    private string RenderOne(NotifyEffect notify, string input, string template, Dictionary<string, JsonNode?> names, Dictionary<string, JsonNode?> extra)
    {
        try
        {
            return _liquid.Render(template, names, extra);
        }
        catch (ExpressionException e)
        {
            throw new WorkflowEffectException($"Activity '{notify.ActivityId}', input '{input}': {e.Message}");
        }
    }

    // A line break in a subject would start a new mail header.
    private static string? OneLine(string? subject) =>
        subject is null ? null : string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static async Task<Actor> ActorAsync(RecordPermissions permissions, NotifyPerson person, CancellationToken ct)
    {
        var db = permissions.Db;
        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           where link.UserId == person.UserId
                           select role.Name!).ToListAsync(ct);
        return new Actor(person.UserId, person.UserName, roles.ToHashSet(StringComparer.Ordinal));
    }
}
