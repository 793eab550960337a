using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Dashboards.Data;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Application.Outbox;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Liquid;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Dashboards.Summaries;

/// <summary>
/// The scheduler's pass over dashboard summaries: for each dashboard whose summary tick has come, one email per
/// recipient with the KPI and gauge figures counted as that recipient may see them, in their language, written to the
/// outbox (which sends it, or drops it in the pickup folder). The outbox key names the dashboard, the tick and the
/// recipient, so a repeated sweep or a second node writes nothing twice. Ticks from before the dashboard was last saved,
/// or older than a week, are not mailed. Returns how many emails were written.
/// </summary>
/// <param name="Now">The sweep's time (UTC).</param>
/// <param name="LinkRoot">The site's public address for the link in the email; a site-relative link when absent.</param>
public sealed record FireDueDashboardSummaries(DateTime Now, Uri? LinkRoot = null) : ICommand<int>;

public sealed class FireDueDashboardSummariesHandler(FlowChannelDbContext db, ISender sender, ExpressionLimits limits)
    : ICommandHandler<FireDueDashboardSummaries, int>
{
    private readonly LiquidRenderer _liquid = new(limits);

    public async ValueTask<int> Handle(FireDueDashboardSummaries command, CancellationToken cancellationToken)
    {
        var written = 0;
        var rows = await db.Dashboards.AsNoTracking().Where(d => d.DefinitionJson.Contains("\"summary\"")).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (DashboardParser.Parse(row.DefinitionJson).Definition is not { Summary: { } summary } dashboard)
            {
                continue;
            }
            var after = row.UpdatedAt > command.Now.AddDays(-7) ? row.UpdatedAt : command.Now.AddDays(-7);
            if (SummarySchedule.LatestDue(summary, after, command.Now) is not { } due)
            {
                continue;
            }
            foreach (var recipient in await RecipientsAsync(summary.Roles, cancellationToken))
            {
                var key = $"dashboard-summary:{dashboard.Id}:{due.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}:{recipient.Actor.UserId}";
                if (await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
                {
                    continue;
                }
                var zone = SummarySchedule.Zone(summary);
                var data = await sender.Send(new GetDashboardData(recipient.Actor, dashboard.Id, new Dictionary<string, JsonNode?>(), zone.Id), cancellationToken);
                var (subject, body) = Render(dashboard, data, recipient.Culture, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(due, zone)), command.LinkRoot);
                OutboxWriter.Enqueue(db, OutboxKinds.Email, new JsonObject
                {
                    ["to"] = new JsonArray(recipient.Email), ["subject"] = subject, ["body"] = body,
                }, key, null, null, command.Now);
                written++;
            }
        }
        return written;
    }

    private (string Subject, string Body) Render(DashboardDefinition dashboard, DashboardDataResult data, CultureInfo culture, DateOnly due, Uri? root)
    {
        var chinese = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var link = $"/dashboards/{Uri.EscapeDataString(dashboard.Id)}";
        var model = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["dashboard"] = new JsonObject
            {
                ["title"] = WebUtility.HtmlEncode(dashboard.Title.Resolve(culture)),
                ["link"] = root is null ? link : new Uri(root, link).AbsoluteUri,
            },
            ["due"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["figures"] = SummaryFigures.From(dashboard, data, culture, chinese ? "较" : "vs"),
        };
        var subject = _liquid.Render(chinese ? SummaryTemplates.SubjectZh : SummaryTemplates.SubjectEn, model);
        // The subject is a header: no markup, no line breaks.
        subject = WebUtility.HtmlDecode(string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        return (subject, _liquid.Render(chinese ? SummaryTemplates.BodyZh : SummaryTemplates.BodyEn, model));
    }

    private async Task<List<(Actor Actor, string Email, CultureInfo Culture)>> RecipientsAsync(IReadOnlyList<string> roles, CancellationToken ct)
    {
        var users = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           join user in db.Users on link.UserId equals user.Id
                           where roles.Contains(role.Name!) && user.Email != null && user.DisabledAt == null
                           select new { user.Id, user.DisplayName, user.Email, user.Culture }).Distinct().ToListAsync(ct);
        var recipients = new List<(Actor, string, CultureInfo)>();
        foreach (var user in users.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            var all = await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id
                             where link.UserId == user.Id select role.Name!).ToListAsync(ct);
            var culture = CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(user.Culture) ? "zh-CN" : user.Culture);
            recipients.Add((new Actor(user.Id, user.DisplayName, all.ToHashSet(StringComparer.Ordinal)), user.Email!, culture));
        }
        return recipients;
    }
}
