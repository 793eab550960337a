using System.Net;
using System.Text.Json.Nodes;
using FlowChannel.Application.Outbox;
using FlowChannel.Application.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Effects;

namespace FlowChannel.Application.Workflows.Notify;

/// <summary>
/// Writes a <see cref="NotifyEffect"/>: an in-app message and/or an email per person, each in the person's language.
/// Everyone is looked up before anything is written, so an unknown name writes nothing. Texts over a record are
/// rendered for each person through their own field rights (<see cref="NotifyRenderer"/>).
/// </summary>
public static class NotifyEffectApplier
{
    // The in-app subject column's length.
    private const int MaxSubjectLength = 400;

    /// <returns>A note for the journal naming the people who could not be emailed, or null.</returns>
    public static async Task<string?> ApplyAsync(RecordPermissions permissions, NotifyRenderer renderer, WorkflowInstance instance,
        NotifyEffect notify, DateTime now, CancellationToken ct)
    {
        var db = permissions.Db;
        var people = await NotifyPeople.FindAsync(db, notify.ActivityId, notify.Recipients, notify.Cc, ct);
        var noEmail = new List<string>();
        foreach (var person in people)
        {
            var (text, englishText) = await renderer.ForAsync(permissions, notify, person, ct);
            var message = IsEnglish(person.Culture) && englishText is { } english ? english : text;
            // Someone who cannot be emailed still gets the in-app copy, so they hear of it at all.
            var inApp = notify.Channels.HasFlag(NotifyChannels.InApp) || person.Email is null;
            if (inApp)
            {
                db.Notifications.Add(new Notification
                {
                    RecipientUserId = person.UserId,
                    Subject = message.Subject.Length > MaxSubjectLength ? message.Subject[..MaxSubjectLength] : message.Subject,
                    Body = message.Body,
                    InstanceId = instance.Id,
                    IsCopy = person.IsCopy,
                    CreatedAt = now,
                });
            }
            if (!notify.Channels.HasFlag(NotifyChannels.Email))
            {
                continue;
            }
            if (person.Email is null)
            {
                noEmail.Add(person.UserName);
                continue;
            }
            // One message per person, in their language; a copy names them in Cc, as a mail client shows copies.
            OutboxWriter.Enqueue(db, OutboxKinds.Email, new JsonObject
            {
                ["to"] = person.IsCopy ? new JsonArray() : new JsonArray(person.Email),
                ["cc"] = person.IsCopy ? new JsonArray(person.Email) : new JsonArray(),
                ["subject"] = message.Subject,
                ["body"] = HtmlBody(message.Body),
            }, $"notify:{notify.IdempotencyKey}:{person.UserId}", instance.Id, null, now);
        }
        return noEmail.Count == 0 ? null : $"No email address, in-app copy only: {string.Join(", ", noEmail)}.";
    }

    private static bool IsEnglish(string? culture) =>
        culture is { Length: > 0 } && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    // The body is plain text; the mail is sent as HTML, so values from records cannot inject markup.
    private static string HtmlBody(string text) =>
        WebUtility.HtmlEncode(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>\n", StringComparison.Ordinal);
}
