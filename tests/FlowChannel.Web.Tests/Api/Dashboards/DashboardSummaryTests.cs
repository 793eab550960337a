using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Summaries;
using FlowChannel.Persistence;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// The weekly dashboard summary: a due schedule writes one email per recipient into the pickup folder, with the KPI
/// figures as that recipient may see them (computed here from <see cref="GeneratedOrders"/>), in their language, once.
/// </summary>
public sealed class DashboardSummaryTests(AggregateSqliteHost fixture) : IClassFixture<AggregateSqliteHost>
{
    [Fact]
    public async Task A_due_summary_mails_each_recipient_their_own_KPI_figures_in_their_language_once()
    {
        var host = fixture.Host;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            await db.Users.Where(u => u.UserName == "manager").ExecuteUpdateAsync(u => u.SetProperty(x => x.Culture, "en"));
            await db.Users.Where(u => u.UserName == "partner-admin").ExecuteUpdateAsync(u => u.SetProperty(x => x.Culture, "zh-CN"));
        }
        var saved = await (await ApiClient.AdminAsync(host)).PutAsJsonAsync("/api/dashboards/weekly-sales", Definition());
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        // Not yet due: no Monday 08:00 has come since the dashboard was saved.
        Assert.Equal(0, await FireAsync(host));
        // As if it had been saved eight days ago: the last Monday 08:00 (Shanghai) is due, once.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Dashboards.Where(d => d.Id == "weekly-sales")
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.UpdatedAt, DateTime.UtcNow.AddDays(-8)));
        }
        // The app's own sweep may get there first; either way each recipient's email is written once.
        await FireAsync(host);
        Assert.Equal(0, await FireAsync(host));
        var written = 0;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(50, CancellationToken.None);
            await using var scope = host.Services.CreateAsyncScope();
            var outbox = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => EF.Functions.Like(m.IdempotencyKey, "dashboard-summary:weekly-sales:%")).ToListAsync();
            written = outbox.Count;
            Assert.All(outbox, m => Assert.Null(m.LastError));
            if (outbox.All(m => m.DeliveredAt is not null))
            {
                break;
            }
            await Task.Delay(1000);
        }
        // The manager, the partner's admin and any other sample user in those roles with an address.
        Assert.InRange(written, 2, 10);

        var mails = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(host.DatabaseFile)!, "mail-pickup"), "*.eml")
            .Where(path => Path.GetFileName(path).Contains("weekly-sales", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        Assert.Equal(written, mails.Count);
        var sales = GeneratedOrders.All.Where(o => o.Kind == "sale").ToList();
        var toManager = Decoded(Assert.Single(mails, m => m.Contains("To: manager@", StringComparison.Ordinal)));
        Assert.Contains("Sales · weekly summary", toManager, StringComparison.Ordinal);
        Assert.Contains(Figure(sales.Sum(o => o.Amount), "en"), toManager, StringComparison.Ordinal);
        Assert.Contains(Figure(GeneratedOrders.Count, "en"), toManager, StringComparison.Ordinal);

        // The partner's admin gets their own partner's figures only, in Chinese.
        var own = sales.Where(o => o.Partner == GeneratedOrders.PartnerA).ToList();
        var toPartner = Decoded(Assert.Single(mails, m => m.Contains("To: partner-admin@", StringComparison.Ordinal)));
        Assert.Contains("每周摘要", toPartner, StringComparison.Ordinal);
        Assert.Contains(Figure(own.Sum(o => o.Amount), "zh-CN"), toPartner, StringComparison.Ordinal);
        Assert.DoesNotContain(Figure(sales.Sum(o => o.Amount), "zh-CN"), toPartner, StringComparison.Ordinal);
    }

    private static async Task<int> FireAsync(FlowChannelHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FireDueDashboardSummaries(DateTime.UtcNow));
    }

    private static string Figure(decimal value, string culture) => value.ToString("#,0.##", CultureInfo.GetCultureInfo(culture));

    /// <summary>The mail's text with its MIME encoding undone (quoted-printable or base64 bodies, encoded subjects).</summary>
    private static string Decoded(string eml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(eml));
        var message = MimeKit.MimeMessage.Load(stream);
        return $"To: {message.To}\n{message.Subject}\n{message.HtmlBody}";
    }

    private static JsonObject Definition() => new()
    {
        ["id"] = "weekly-sales",
        ["title"] = new JsonObject { ["zh-CN"] = "销售", ["en"] = "Sales" },
        ["summary"] = new JsonObject { ["cron"] = "0 8 * * 1", ["timeZone"] = "Asia/Shanghai", ["roles"] = new JsonArray("channel-manager", "partner-admin") },
        ["widgets"] = new JsonArray(
            Kpi("sales", new JsonObject { ["key"] = "sales", ["aggregate"] = "sum", ["field"] = "amount" }, new JsonArray(new JsonObject { ["field"] = "kind", ["op"] = "eq", ["value"] = "sale" })),
            Kpi("orders", new JsonObject { ["key"] = "orders", ["aggregate"] = "count" }, [])),
    };

    private static JsonObject Kpi(string id, JsonObject measure, JsonArray filters) => new()
    {
        ["id"] = id, ["type"] = "kpi", ["title"] = new JsonObject { ["zh-CN"] = id + " 指标", ["en"] = id + " figure" },
        ["layout"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["w"] = 3, ["h"] = 2 }, ["form"] = "sales-order",
        ["query"] = new JsonObject { ["measures"] = new JsonArray(measure), ["filters"] = filters },
    };
}
