using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>Lead allocation through the pack's flow: by the rule and contribution weights, then reassigned when the SLA passes.</summary>
public sealed class LeadAllocationFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    [Fact]
    public async Task A_lead_goes_to_the_heavier_partner_and_to_the_other_when_the_first_lets_the_sla_pass()
    {
        // Only these two serve Hainan or energy: the sample partners are elsewhere and in other industries.
        var heavy = await host.PartnerAsync("海南能源渠道甲有限公司");
        var light = await host.PartnerAsync("海南能源渠道乙有限公司");
        await host.PartnerAsync("海南暂停伙伴有限公司", status: "suspended");
        await host.SubmitAsync("contribution-share", new JsonObject { ["partner"] = ChannelHost.Link(heavy), ["period"] = "2026-Q3", ["contributionScore"] = 90 });
        await host.SubmitAsync("contribution-share", new JsonObject { ["partner"] = ChannelHost.Link(light), ["period"] = "2026-Q3", ["contributionScore"] = 30 });

        var (lead, run) = await host.SubmitAsync("lead", new JsonObject
        {
            ["customerName"] = "海口新能源电站项目", ["province"] = "hainan", ["industry"] = "energy", ["status"] = "new",
        });
        var instance = Assert.Single(run);
        await host.HealthyAsync(instance);

        var assigned = (await host.RecordAsync(lead))["data"]!;
        Assert.Equal("assigned", (string?)assigned["status"]);
        Assert.Equal(heavy.ToString(), (string?)assigned["assignedPartner"]!["id"]);
        Assert.StartsWith("default v1", (string?)assigned["allocationRule"], StringComparison.Ordinal);
        var log = JsonNode.Parse((string)assigned["allocationLog"]!)!;
        var decision = log["decisions"]![0]!;
        Assert.Equal(new[] { heavy.ToString(), light.ToString() }.Order(), decision["eligible"]!.AsArray().Select(c => (string)c!["partner"]!).Order());
        Assert.Equal(90m, (decimal)decision["eligible"]!.AsArray().Single(c => (string?)c!["partner"] == heavy.ToString())!["weight"]!);
        Assert.True((int)decision["excluded"]!["Inactive"]! >= 1);
        var acceptBy = DateTimeOffset.Parse((string)assigned["acceptBy"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(acceptBy - DateTimeOffset.UtcNow, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(2));

        // A day on nothing happens; past the two days the lead moves on.
        await host.PassAsync(TimeSpan.FromDays(1));
        Assert.Equal(heavy.ToString(), (string?)(await host.RecordAsync(lead))["data"]!["assignedPartner"]!["id"]);
        await host.PassAsync(TimeSpan.FromDays(1.1));

        await host.HealthyAsync(instance);
        var reassigned = (await host.RecordAsync(lead))["data"]!;
        Assert.Equal("assigned", (string?)reassigned["status"]);
        Assert.Equal(light.ToString(), (string?)reassigned["assignedPartner"]!["id"]);
        var history = JsonNode.Parse((string)reassigned["allocationLog"]!)!["assignments"]!.AsArray();
        Assert.Equal(["Expired", "Pending"], history.Select(a => (string)a!["state"]!));
        Assert.Contains(heavy.ToString(), JsonNode.Parse((string)reassigned["allocationLog"]!)!["decisions"]![1]!["leftOut"]!.AsArray().Select(p => (string)p!));
    }
}
