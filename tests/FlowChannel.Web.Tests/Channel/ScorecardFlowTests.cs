using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>The quarterly scorecard flow: scores from actuals against goals, tier proposals with hysteresis, elimination flags.</summary>
public sealed class ScorecardFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    [Fact]
    public async Task A_strong_quarter_promotes_and_a_core_partner_is_demoted_only_after_two_weak_quarters()
    {
        var rising = await host.PartnerAsync("海南评分上升有限公司", tier: "strategic");
        var falling = await host.PartnerAsync("海南评分下降有限公司", tier: "core");
        foreach (var partner in new[] { rising, falling })
        {
            await host.SubmitAsync("partner-goal", new JsonObject { ["partner"] = ChannelHost.Link(partner), ["year"] = 2026, ["goalKind"] = "sales", ["yearTarget"] = 4_000_000 });
        }

        await host.SubmitAsync("sales-order", new JsonObject { ["partner"] = ChannelHost.Link(rising), ["orderDate"] = "2026-02-01", ["kind"] = "sale", ["amount"] = 1_000_000 });
        await host.SubmitAsync("payment", new JsonObject { ["partner"] = ChannelHost.Link(rising), ["paymentDate"] = "2026-03-01", ["amount"] = 1_000_000 });
        await host.SubmitAsync("sales-order", new JsonObject { ["partner"] = ChannelHost.Link(falling), ["orderDate"] = "2026-02-01", ["kind"] = "sale", ["amount"] = 300_000 });

        var q1 = await ScoreAsync("2026-Q1");
        var q2 = await ScoreAsync("2026-Q2");

        Assert.Equal((100m, "core", "promote"), Card(q1, rising));
        Assert.Equal((18m, "core", "keepWithinGrace"), Card(q1, falling));
        Assert.Equal((0m, "ordinary", "demote"), Card(q2, falling));
        Assert.True((bool)Data(q2, falling)["flaggedForElimination"]!);
        Assert.False((bool)Data(q1, falling)["flaggedForElimination"]!);
        Assert.Equal(2, Data(q1, rising)["metrics"]!.AsArray().Count);
    }

    private async Task<List<JsonObject>> ScoreAsync(string period)
    {
        var instance = await host.RunAsync("scorecards-quarterly", new JsonObject { ["period"] = period });
        Assert.Equal("Finished", (string?)(await host.HealthyAsync(instance))["status"]);
        return [.. (await host.RecordsAsync("partner-scorecard")).Where(c => (string?)c.Data["period"] == period).Select(c => c.Data)];
    }

    private static JsonObject Data(List<JsonObject> cards, Guid partner) =>
        Assert.Single(cards, c => (string?)c["partner"]!["id"] == partner.ToString());

    private static (decimal Score, string? Proposed, string? Change) Card(List<JsonObject> cards, Guid partner)
    {
        var card = Data(cards, partner);
        return ((decimal)card["totalScore"]!, (string?)card["proposedTier"], (string?)card["change"]);
    }
}
