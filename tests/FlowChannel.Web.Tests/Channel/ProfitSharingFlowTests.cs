using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>
/// The quarterly profit-sharing flow on the app's SQLite file: contribution scored from actuals, the pool shared by
/// level, nothing visible to partners until a channel director approves; a rejection goes back to the channel manager
/// with the director's comment, who resubmits or withdraws.
/// </summary>
public sealed class ProfitSharingFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    [Fact]
    public async Task The_pool_is_shared_by_contribution_level_and_published_only_after_the_director_approves()
    {
        var strong = await host.PartnerAsync("海南贡献领先有限公司");
        var modest = await host.PartnerAsync("海南贡献一般有限公司");
        await host.SubmitAsync("sales-order", Order(strong, 1_000_000, "2026-02-10"));
        await host.SubmitAsync("sales-order", Order(modest, 500_000, "2026-02-11"));
        var partnerUser = await PartnerUserAsync(strong, "share-partner");

        var instance = await host.RunAsync("profit-sharing-quarterly", new JsonObject { ["period"] = "2026-Q1", ["pool"] = 75_000 });
        // Waiting for the director: nothing is written, so the partner sees nothing yet; the task shows the proposal.
        var task = await host.OpenTaskAsync(instance, "dir1");
        Assert.Empty(await SharesAsync("2026-Q1"));
        Assert.Equal(0, await VisibleCountAsync(partnerUser));
        Assert.Contains("2026-Q1", task.Title, StringComparison.Ordinal);
        Assert.Contains("海南贡献领先有限公司 · B · 60 → 60,000", task.Description, StringComparison.Ordinal);
        Assert.Contains("海南贡献一般有限公司 · C · 30 → 15,000", task.Description, StringComparison.Ordinal);

        await host.ActAsync("dir1", task.Id, "approve");

        // Strong: sales 100 points × 0.6 = 60 → level B (× 1) → 60; modest: 50 × 0.6 = 30 → level C (× 0.5) → 15.
        // Everyone else (the demo partners) sold nothing this quarter and scores 0. Pool 75,000 → 60,000 and 15,000.
        Assert.Equal("Finished", (string?)(await host.HealthyAsync(instance))["status"]);
        var shares = await SharesAsync("2026-Q1");
        Assert.Equal((60m, "B", 60_000m), Line(shares, strong));
        Assert.Equal((30m, "C", 15_000m), Line(shares, modest));
        Assert.Equal(75_000m, shares.Sum(s => (decimal)s["share"]!));
        Assert.All(shares, s => Assert.True((bool)s["published"]!));

        // Sharing the quarter again (approved again) updates the lines rather than adding a second set.
        var again = await host.RunAsync("profit-sharing-quarterly", new JsonObject { ["period"] = "2026-Q1", ["pool"] = 150_000 });
        await host.ActAsync("dir1", (await host.OpenTaskAsync(again, "dir1")).Id, "approve");
        var updated = await SharesAsync("2026-Q1");
        Assert.Equal(shares.Count, updated.Count);
        Assert.Equal((60m, "B", 120_000m), Line(updated, strong));

        var page = await partnerUser.GetFromJsonAsync<JsonObject>("/api/forms/contribution-share/records?pageSize=100");
        var seen = Assert.Single(page!["items"]!.AsArray());
        Assert.Equal(strong.ToString(), (string?)seen!["data"]!["partner"]!["id"]);
        Assert.Equal(120_000m, (decimal)seen["data"]!["share"]!);
    }

    [Fact]
    public async Task A_rejection_publishes_nothing_and_returns_to_the_channel_manager_with_the_comment()
    {
        var partner = await host.PartnerAsync("海南驳回测试有限公司");
        await host.SubmitAsync("sales-order", Order(partner, 800_000, "2026-08-03"));
        var partnerUser = await PartnerUserAsync(partner, "rejected-share-partner");

        var instance = await host.RunAsync("profit-sharing-quarterly", new JsonObject { ["period"] = "2026-Q3", ["pool"] = 40_000 });
        await host.ActAsync("dir1", (await host.OpenTaskAsync(instance, "dir1")).Id, "reject", "服务数据未录入，请补录后重新提交");

        var revision = await host.OpenTaskAsync(instance, "manager");
        Assert.Contains("服务数据未录入，请补录后重新提交", revision.Description, StringComparison.Ordinal);
        Assert.Contains("2026-Q3", revision.Title, StringComparison.Ordinal);
        Assert.Empty(await SharesAsync("2026-Q3"));
        Assert.Equal(0, await VisibleCountAsync(partnerUser));

        // The manager resubmits: the quarter is computed again and goes back to the director, still unpublished.
        await host.ActAsync("manager", revision.Id, "approve", "已补录");
        var second = await host.OpenTaskAsync(instance, "dir1");
        Assert.Contains("海南驳回测试有限公司", second.Description, StringComparison.Ordinal);
        Assert.Empty(await SharesAsync("2026-Q3"));
        await host.ActAsync("dir1", second.Id, "reject", "本季度不分配");
        await host.ActAsync("manager", (await host.OpenTaskAsync(instance, "manager")).Id, "reject", "撤回");

        var ended = await host.HealthyAsync(instance);
        Assert.Equal("Finished", (string?)ended["status"]);
        Assert.Empty(await SharesAsync("2026-Q3"));
        Assert.Equal(0, await VisibleCountAsync(partnerUser));
    }

    private async Task<List<JsonObject>> SharesAsync(string period) =>
        [.. (await host.RecordsAsync("contribution-share")).Where(r => (string?)r.Data["period"] == period).Select(r => r.Data)];

    private static async Task<int> VisibleCountAsync(HttpClient partnerUser) =>
        (await partnerUser.GetFromJsonAsync<JsonObject>("/api/forms/contribution-share/records?pageSize=100"))!["items"]!.AsArray().Count;

    private static (decimal Score, string? Level, decimal Share) Line(List<JsonObject> shares, Guid partner)
    {
        var line = Assert.Single(shares, s => (string?)s["partner"]!["id"] == partner.ToString());
        return ((decimal)line["contributionScore"]!, (string?)line["level"], (decimal)line["share"]!);
    }

    private async Task<HttpClient> PartnerUserAsync(Guid partner, string userName)
    {
        await using (var scope = host.Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
            var user = new FlowChannelUser { UserName = userName, DisplayName = userName, Email = $"{userName}@example.com", PartnerId = partner };
            Assert.True((await users.CreateAsync(user, ChannelHost.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "partner")).Succeeded);
        }
        return await host.SignInAsync(userName);
    }

    private static JsonObject Order(Guid partner, decimal amount, string date) => new()
    {
        ["partner"] = ChannelHost.Link(partner), ["orderDate"] = date, ["kind"] = "sale", ["amount"] = amount,
    };
}
