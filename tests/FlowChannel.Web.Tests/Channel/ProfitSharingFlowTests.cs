using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>The quarterly profit-sharing flow: contribution scored from actuals, the pool shared by level, each partner seeing its own line.</summary>
public sealed class ProfitSharingFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    [Fact]
    public async Task The_pool_is_shared_by_contribution_level_and_each_partner_sees_only_its_own_published_share()
    {
        var strong = await host.PartnerAsync("海南贡献领先有限公司");
        var modest = await host.PartnerAsync("海南贡献一般有限公司");
        await host.SubmitAsync("sales-order", Order(strong, 1_000_000));
        await host.SubmitAsync("sales-order", Order(modest, 500_000));

        // Strong: sales 100 points × 0.6 = 60 → level B (× 1) → 60; modest: 50 × 0.6 = 30 → level C (× 0.5) → 15.
        // Everyone else (the demo partners) sold nothing this quarter and scores 0. Pool 75,000 → 60,000 and 15,000.
        var shares = await ShareAsync("2026-Q1", 75_000);
        Assert.Equal((60m, "B", 60_000m), Line(shares, strong));
        Assert.Equal((30m, "C", 15_000m), Line(shares, modest));
        Assert.Equal(75_000m, shares.Sum(s => (decimal)s["share"]!));

        // Computing the quarter again updates the lines rather than adding a second set.
        var again = await ShareAsync("2026-Q1", 150_000);
        Assert.Equal(shares.Count, again.Count);
        Assert.Equal((60m, "B", 120_000m), Line(again, strong));

        var partnerUser = await PartnerUserAsync(strong);
        var page = await partnerUser.GetFromJsonAsync<JsonObject>("/api/forms/contribution-share/records?pageSize=100");
        var seen = Assert.Single(page!["items"]!.AsArray());
        Assert.Equal(strong.ToString(), (string?)seen!["data"]!["partner"]!["id"]);
        Assert.Equal(120_000m, (decimal)seen["data"]!["share"]!);
        Assert.True((bool)seen["data"]!["published"]!);
    }

    private async Task<List<JsonObject>> ShareAsync(string period, decimal pool)
    {
        var instance = await host.RunAsync("profit-sharing-quarterly", new JsonObject { ["period"] = period, ["pool"] = pool });
        Assert.Equal("Finished", (string?)(await host.HealthyAsync(instance))["status"]);
        return [.. (await host.RecordsAsync("contribution-share")).Where(r => (string?)r.Data["period"] == period).Select(r => r.Data)];
    }

    private static (decimal Score, string? Level, decimal Share) Line(List<JsonObject> shares, Guid partner)
    {
        var line = Assert.Single(shares, s => (string?)s["partner"]!["id"] == partner.ToString());
        return ((decimal)line["contributionScore"]!, (string?)line["level"], (decimal)line["share"]!);
    }

    private async Task<HttpClient> PartnerUserAsync(Guid partner)
    {
        await using (var scope = host.Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
            var user = new FlowChannelUser { UserName = "share-partner", DisplayName = "Share partner", Email = "share@example.com", PartnerId = partner };
            Assert.True((await users.CreateAsync(user, ChannelHost.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "partner")).Succeeded);
        }
        return await host.SignInAsync("share-partner");
    }

    private static JsonObject Order(Guid partner, decimal amount) => new()
    {
        ["partner"] = ChannelHost.Link(partner), ["orderDate"] = "2026-02-10", ["kind"] = "sale", ["amount"] = amount,
    };
}
