using System.Text.Json.Nodes;
using FlowChannel.Application.Automations.Rules;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Liquid;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Automations.Running;

/// <summary>
/// A rule's notify action: an in-app message to each person named (user name or id, <c>role:name</c>, <c>field:key</c> of a
/// member field, <c>record:owner</c>), its subject and body Scriban templates over <c>record</c> (<c>id</c>, <c>formId</c>, <c>data</c>) as that
/// person may see it. Scoped.
/// </summary>
public sealed class AutomationNotifier(FlowChannelDbContext db, RecordPermissions permissions, ExpressionLimits limits, TimeProvider clock)
{
    private const int MaxSubjectLength = 400;

    /// <summary>The recipient that means the triggering record's owner.</summary>
    public const string OwnerRecipient = "record:owner";

    private readonly LiquidRenderer _liquid = new(limits);

    public async Task<string> NotifyAsync(AutomationAction action, RunAutomation run, CancellationToken ct)
    {
        var formId = await db.Automations.Where(a => a.Id == run.AutomationId).Select(a => a.FormId).FirstAsync(ct);
        var people = await RecipientsAsync(action, run.RecordId, run.Data, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (userId, roles) in people)
        {
            var rights = await permissions.ForFormAsync(new Actor(userId, userId, roles), formId, ct);
            var model = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
            {
                ["record"] = new JsonObject { ["id"] = run.RecordId?.ToString(), ["formId"] = formId, ["data"] = rights.Redact((JsonObject)run.Data.DeepClone()) },
            };
            var subject = Render($"{action.Place}/subject", action.Subject!, model).ReplaceLineEndings(" ").Trim();
            db.Notifications.Add(new Notification
            {
                RecipientUserId = userId,
                Subject = subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject,
                Body = action.Body is { } body ? Render($"{action.Place}/body", body, model) : "",
                CreatedAt = now,
            });
        }
        return $"{action.Place}: notified {people.Count} person(s)";
    }

    private string Render(string place, string template, Dictionary<string, JsonNode?> model)
    {
        try
        {
            return _liquid.Render(template, model);
        }
        catch (ExpressionException e)
        {
            throw new AutomationActionException(place, $"The template failed: {e.Message}", e);
        }
    }

    /// <summary>Each person once, with their roles; a name that matches no one fails the action, naming it.</summary>
    private async Task<List<(string UserId, IReadOnlySet<string> Roles)>> RecipientsAsync(AutomationAction action, Guid? recordId, JsonObject data, CancellationToken ct)
    {
        var ids = new List<string>();
        foreach (var (to, i) in action.Recipients.Select((t, i) => (t, i)))
        {
            if (to.StartsWith("role:", StringComparison.Ordinal))
            {
                var role = to["role:".Length..];
                ids.AddRange(await db.UserRoles.Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).ToListAsync(ct));
            }
            else if (to == OwnerRecipient)
            {
                ids.AddRange(await db.FormRecords.Where(r => r.Id == recordId && r.OwnerUserId != null).Select(r => r.OwnerUserId!).ToListAsync(ct));
            }
            else if (to.StartsWith("field:", StringComparison.Ordinal))
            {
                ids.AddRange(MemberIds(data[to["field:".Length..]]));
            }
            else
            {
                var upper = to.ToUpperInvariant();
                ids.Add(await db.Users.Where(u => u.Id == to || u.NormalizedUserName == upper || u.NormalizedEmail == upper).Select(u => u.Id).FirstOrDefaultAsync(ct)
                    ?? throw new AutomationActionException($"{action.Place}/to/{i}", $"There is no user '{to}' (by id, user name or email)."));
            }
        }
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var roles = await db.UserRoles.Where(ur => distinct.Contains(ur.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return [.. distinct.Select(id => (id, (IReadOnlySet<string>)roles.Where(r => r.UserId == id).Select(r => r.Name!).ToHashSet(StringComparer.Ordinal)))];
    }

    // A member field holds { id, name }; a members field an array of them.
    private static IEnumerable<string> MemberIds(JsonNode? value) => value switch
    {
        JsonObject member when (string?)member["id"] is { Length: > 0 } id => [id],
        JsonArray members => members.SelectMany(MemberIds),
        JsonValue v when v.TryGetValue<string>(out var id) && id.Length > 0 => [id],
        _ => [],
    };
}
