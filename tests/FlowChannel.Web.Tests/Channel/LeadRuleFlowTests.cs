using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>Lead allocation by the rules admins keep in the lead-rule form instead of the built-in default.</summary>
public sealed class LeadRuleFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    [Fact]
    public async Task The_most_specific_active_rule_decides_with_its_picker_and_tiers_and_its_premium_cap_holds()
    {
        // Only these serve Hainan: the sample partners are elsewhere.
        var core = await host.PartnerAsync("海南规则核心伙伴有限公司", tier: "core");
        var ordinary = await host.PartnerAsync("海南规则普通伙伴有限公司", tier: "ordinary");
        await host.SubmitAsync("contribution-share", new JsonObject { ["partner"] = ChannelHost.Link(ordinary), ["period"] = "2026-Q3", ["contributionScore"] = 95 });
        await host.SubmitAsync("lead-rule", Rule("hainan-core", ["hainan"], ["core"], "roundRobin", weight: 5, premiumCap: 0));
        await host.SubmitAsync("lead-rule", Rule("hainan-any", ["hainan"], [], "weightedRoundRobin", weight: 1));
        await host.SubmitAsync("lead-rule", Rule("switched-off", [], [], "roundRobin", weight: 9, active: false));

        // The core-only rule is the more specific: the ordinary partner, though heavier, is not eligible under it.
        var plain = await LeadAsync("海口规则测试项目", premium: false);
        Assert.Equal("assigned", (string?)plain["status"]);
        Assert.Equal(core.ToString(), (string?)plain["assignedPartner"]!["id"]);
        Assert.StartsWith("hainan-core v1 · RoundRobin", (string?)plain["allocationRule"], StringComparison.Ordinal);

        // Its premium cap is 0 a month, so a premium Hainan lead finds no one; no rule covers Beijing at all.
        Assert.Equal("new", (string?)(await LeadAsync("海口优质线索项目", premium: true))["status"]);
        var elsewhere = await LeadAsync("北京规则外项目", premium: false, province: "beijing");
        Assert.Equal("new", (string?)elsewhere["status"]);
        Assert.Null(elsewhere["assignedPartner"]);
    }

    private async Task<JsonObject> LeadAsync(string customer, bool premium, string province = "hainan")
    {
        var (lead, run) = await host.SubmitAsync("lead", new JsonObject
        {
            ["customerName"] = customer, ["province"] = province, ["industry"] = "energy", ["status"] = "new", ["premium"] = premium,
        });
        await host.HealthyAsync(Assert.Single(run));
        return (await host.RecordAsync(lead))["data"]!.AsObject();
    }

    private static JsonObject Rule(string key, string[] regions, string[] tiers, string picker, int weight, int? premiumCap = null, bool active = true) => new()
    {
        ["ruleKey"] = key, ["name"] = key, ["active"] = active, ["picker"] = picker, ["weight"] = weight, ["premiumCap"] = premiumCap,
        ["regions"] = new JsonArray([.. regions.Select(r => (JsonNode)r)]), ["tiers"] = new JsonArray([.. tiers.Select(t => (JsonNode)t)]),
    };
}
