using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>Deal registration through the pack's flow: conflict detection inside the protection window, the manager's decision.</summary>
public sealed class DealRegistrationFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    private static JsonObject Deal(Guid partner, string customer, decimal amount = 300_000) => new()
    {
        ["partner"] = ChannelHost.Link(partner), ["customerName"] = customer, ["estimatedAmount"] = amount, ["province"] = "hainan",
    };

    [Fact]
    public async Task A_second_partner_inside_the_window_goes_to_the_manager_with_the_match()
    {
        var first = await host.PartnerAsync("海南先报备科技有限公司");
        var second = await host.PartnerAsync("海南后报备科技有限公司");
        var (earlier, earlierRun) = await host.SubmitAsync("deal-registration", Deal(first, "海口椰风实业有限公司"));
        Assert.Equal("approved", (string?)(await host.RecordAsync(earlier))["status"]);
        Assert.Empty(await host.TasksAsync(Assert.Single(earlierRun)));

        // The same customer, written with full-width brackets and spaces, 10 days later.
        await host.BackdateAsync(earlier, TimeSpan.FromDays(10));
        var (later, laterRun) = await host.SubmitAsync("deal-registration", Deal(second, " 海口椰风实业有限公司 "));

        var instance = Assert.Single(laterRun);
        await host.HealthyAsync(instance);
        var task = await host.OpenTaskAsync(instance, "manager");
        var earlierNo = (string)(await host.RecordAsync(earlier))["data"]!["dealNo"]!;
        Assert.Contains(earlierNo, task.Description, StringComparison.Ordinal);
        Assert.Contains("海南先报备科技有限公司", task.Description, StringComparison.Ordinal);
        var record = await host.RecordAsync(later);
        Assert.Equal("conflict", (string?)record["data"]!["status"]);
        Assert.Contains(earlierNo, (string?)record["data"]!["conflictNote"], StringComparison.Ordinal);
        var matches = (await host.InstanceAsync(instance))["journal"]!.ToJsonString();
        Assert.Contains("Conflict", matches, StringComparison.Ordinal);

        await host.ActAsync("manager", task.Id, "reject", "客户已由先报备伙伴跟进");
        var decided = await host.RecordAsync(later);
        Assert.Equal("rejected", (string?)decided["status"]);
        Assert.Equal("rejected", (string?)decided["data"]!["status"]);
    }

    [Fact]
    public async Task The_same_customer_registered_outside_the_window_is_clear()
    {
        var first = await host.PartnerAsync("海南旧报备有限公司");
        var second = await host.PartnerAsync("海南新报备有限公司");
        var (earlier, _) = await host.SubmitAsync("deal-registration", Deal(first, "三亚蓝海酒店管理有限公司"));
        await host.BackdateAsync(earlier, TimeSpan.FromDays(120));

        var (later, run) = await host.SubmitAsync("deal-registration", Deal(second, "三亚蓝海酒店管理有限公司"));

        await host.HealthyAsync(Assert.Single(run));
        Assert.Empty(await host.TasksAsync(run[0]));
        var record = await host.RecordAsync(later);
        Assert.Equal("approved", (string?)record["status"]);
        Assert.Null(record["data"]!["conflictNote"]);
    }

    [Fact]
    public async Task A_clear_deal_above_a_million_still_needs_the_manager()
    {
        var partner = await host.PartnerAsync("海南大单有限公司");
        var (deal, run) = await host.SubmitAsync("deal-registration", Deal(partner, "海南大单客户集团有限公司", 2_000_000));

        var task = await host.OpenTaskAsync(Assert.Single(run), "manager");
        Assert.Equal(TaskStatuses.Open, task.Status);
        await host.ActAsync("manager", task.Id, "approve");
        var record = await host.RecordAsync(deal);
        Assert.Equal("approved", (string?)record["status"]);
        Assert.NotNull((string?)record["data"]!["protectedUntil"]);
    }
}
