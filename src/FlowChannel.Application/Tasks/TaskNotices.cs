using System.Net;
using System.Text.Json.Nodes;
using FlowChannel.Application.Outbox;
using FlowChannel.Application.Workflows;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>
/// Tells the people a task is for that its time is running or ran out: an in-app notification each, and an e-mail
/// through the outbox (the configured SMTP server, or the pickup folder in development) to those with an address.
/// </summary>
internal static class TaskNotices
{
    /// <summary>A role's task reaches at most this many members; a larger role hears from its inbox only.</summary>
    private const int MaxRoleRecipients = 50;

    /// <summary>Notifies and e-mails the task's people; <paramref name="kind"/> (<c>reminder</c>, <c>overdue</c>) keys the e-mails so each goes once.</summary>
    public static async Task SendAsync(FlowChannelDbContext db, WorkflowTask task, string kind, string subject, string body, CancellationToken ct)
    {
        var recipients = await RecipientsAsync(db, task, ct);
        foreach (var recipient in recipients)
        {
            db.Notifications.Add(new Notification { RecipientUserId = recipient, Subject = subject, Body = body, InstanceId = task.InstanceId });
        }

        var emails = await db.Users.AsNoTracking().Where(u => recipients.Contains(u.Id) && u.Email != null && u.Email != "")
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        foreach (var email in emails)
        {
            // One message each, so a role's members do not see each other's address.
            OutboxWriter.Enqueue(db, OutboxKinds.Email, new JsonObject
            {
                ["to"] = new JsonArray(email.Email),
                ["cc"] = new JsonArray(),
                ["bcc"] = new JsonArray(),
                ["subject"] = subject,
                ["body"] = $"<p>{WebUtility.HtmlEncode(body)}</p><p><b>{WebUtility.HtmlEncode(task.Title)}</b></p>",
            }, $"task-{kind}:{task.Id:N}:{email.Id}", task.InstanceId, null, DateTime.UtcNow);
        }
    }

    /// <summary>The assignee, or for a task waiting on a role, its members.</summary>
    private static async Task<List<string>> RecipientsAsync(FlowChannelDbContext db, WorkflowTask task, CancellationToken ct)
    {
        if (task.AssigneeUserId is { } assignee)
        {
            return [assignee];
        }

        return task.Role is { } role
            ? [.. (await WorkflowQueries.RoleMembersAsync(db, role.ToUpperInvariant(), ct)).Take(MaxRoleRecipients).Select(m => m.Id)]
            : [];
    }
}
