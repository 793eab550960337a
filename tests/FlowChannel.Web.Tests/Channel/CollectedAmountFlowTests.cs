using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>Payments keep their sales order's collected amount (sales-order version 2) up to date through the pack's automations.</summary>
public sealed class CollectedAmountFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    [Fact]
    public async Task Adding_moving_and_deleting_payments_keeps_each_orders_collected_and_outstanding_amounts()
    {
        var partner = await host.PartnerAsync("海南回款汇总有限公司");
        var (first, _) = await host.SubmitAsync("sales-order", Order(partner, 100_000));
        var (second, _) = await host.SubmitAsync("sales-order", Order(partner, 40_000));
        Assert.Equal((0m, 100_000m), Amounts(await host.RecordAsync(first)));

        var (part, _) = await host.SubmitAsync("payment", Payment(partner, first, 30_000));
        var (rest, _) = await host.SubmitAsync("payment", Payment(partner, first, 50_000));
        await DeliverAllAsync();
        Assert.Equal((80_000m, 20_000m), Amounts(await host.RecordAsync(first)));

        var admin = await host.AdminAsync();
        var moved = await admin.PutAsync($"/api/records/{rest}", System.Net.Http.Json.JsonContent.Create(new { data = Payment(partner, second, 40_000) }));
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        Assert.True((await admin.DeleteAsync($"/api/records/{part}")).IsSuccessStatusCode);
        await DeliverAllAsync();

        Assert.Equal((0m, 100_000m), Amounts(await host.RecordAsync(first)));
        Assert.Equal((40_000m, 0m), Amounts(await host.RecordAsync(second)));
    }

    private async Task DeliverAllAsync()
    {
        for (var round = 0; round < 10 && await host.DeliverAsync() > 0; round++)
        {
        }
    }

    private static (decimal Collected, decimal Outstanding) Amounts(JsonObject record)
    {
        var data = record["data"] as JsonObject ?? record;
        return ((decimal)data["collectedAmount"]!, (decimal)data["outstandingAmount"]!);
    }

    private static JsonObject Order(Guid partner, decimal amount) => new()
    {
        ["partner"] = ChannelHost.Link(partner), ["orderDate"] = "2026-09-01", ["kind"] = "sale", ["amount"] = amount,
    };

    private static JsonObject Payment(Guid partner, Guid order, decimal amount) => new()
    {
        ["partner"] = ChannelHost.Link(partner), ["order"] = ChannelHost.Link(order), ["paymentDate"] = "2026-10-01", ["amount"] = amount,
    };
}
