using FlowChannel.Web.Tests.Infrastructure;
using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>The incentive-claim approval chain: manager, finance above 50,000, and the settlement ledger line on approval.</summary>
public sealed class IncentiveClaimFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    private async Task<JsonObject> Claim(Guid partner, decimal unitPrice) => new JsonObject
    {
        ["evidence"] = new JsonArray(await UploadAsync()),
        ["partner"] = ChannelHost.Link(partner), ["contactName"] = "王芳", ["contactPhone"] = "13800138000", ["claimType"] = "rebate",
        ["periodStart"] = "2026-07-01", ["periodEnd"] = "2026-09-30",
        ["lines"] = new JsonArray(new JsonObject { ["product"] = "储能柜", ["quantity"] = 2, ["unitPrice"] = unitPrice }),
    };

    [Fact]
    public async Task A_claim_above_the_finance_threshold_needs_finance_before_it_reaches_the_ledger()
    {
        var partner = await host.PartnerAsync("海南激励申请有限公司");
        var (claim, run) = await host.SubmitAsync("incentive-claim", await Claim(partner, 40_000));
        var instance = Assert.Single(run);

        await host.ActAsync("manager", (await host.OpenTaskAsync(instance, "manager")).Id, "approve", "数据核对无误");

        Assert.Equal("inReview", (string?)(await host.RecordAsync(claim))["status"]);
        Assert.DoesNotContain(await host.RecordsAsync("rebate-statement"), s => (string?)s.Data["claim"]?["id"] == claim.ToString());
        await host.ActAsync("fin1", (await host.OpenTaskAsync(instance, "fin1")).Id, "approve");

        await host.HealthyAsync(instance);
        Assert.Equal("approved", (string?)(await host.RecordAsync(claim))["status"]);
        var ledger = Assert.Single(await host.RecordsAsync("rebate-statement"), s => (string?)s.Data["claim"]?["id"] == claim.ToString()).Data;
        Assert.Equal(80_000m, (decimal)ledger["settlement"]!);
        Assert.Equal("2026-M09", (string?)ledger["period"]);
        Assert.Equal(partner.ToString(), (string?)ledger["partner"]!["id"]);
        Assert.DoesNotContain(await host.TasksAsync(instance), t => t.AssigneeUserId == host.UserIds["dir1"]);
    }

    [Fact]
    public async Task A_small_claim_is_settled_on_the_managers_approval_alone()
    {
        var partner = await host.PartnerAsync("海南小额激励有限公司");
        var (claim, run) = await host.SubmitAsync("incentive-claim", await Claim(partner, 5_000));

        await host.ActAsync("manager", (await host.OpenTaskAsync(run[0], "manager")).Id, "approve");

        Assert.Equal("approved", (string?)(await host.RecordAsync(claim))["status"]);
        Assert.DoesNotContain(await host.TasksAsync(run[0]), t => t.AssigneeUserId == host.UserIds["fin1"]);
        Assert.Single(await host.RecordsAsync("rebate-statement"), s => (string?)s.Data["claim"]?["id"] == claim.ToString());
    }

    [Fact]
    public async Task A_manager_who_lets_the_due_time_pass_escalates_the_claim_to_a_director()
    {
        var partner = await host.PartnerAsync("海南超时激励有限公司");
        var (_, run) = await host.SubmitAsync("incentive-claim", await Claim(partner, 5_000));
        await host.OpenTaskAsync(run[0], "manager");

        await host.PassAsync(TimeSpan.FromDays(2.1));

        await host.HealthyAsync(run[0]);
        await host.OpenTaskAsync(run[0], "dir1");
    }

    private async Task<JsonObject> UploadAsync()
    {
        using var content = new ByteArrayContent("%PDF-1.4 claim"u8.ToArray());
        content.Headers.ContentType = new("application/pdf");
        using var form = new MultipartFormDataContent { { content, "file", "invoice.pdf" } };
        var response = await (await host.AdminAsync()).PostAsync("/api/files", form);
        var stored = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, stored.ToJsonString());
        return new JsonObject
        {
            ["id"] = stored["id"]!.DeepClone(), ["name"] = "invoice.pdf", ["size"] = stored["size"]!.DeepClone(), ["contentType"] = stored["contentType"]!.DeepClone(),
        };
    }
}
