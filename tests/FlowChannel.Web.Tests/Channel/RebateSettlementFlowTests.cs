using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>
/// The worked example of domain.md §2 end to end: sales orders and a return on a real SQLite file, the monthly
/// settlement flow run for Q1, Q2 and Q3 month-ends, and the rebate-statement records it writes.
/// </summary>
public sealed class RebateSettlementFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    private static JsonObject Program(string code, string method) => new()
    {
        ["programCode"] = code, ["name"] = $"2026 阶梯返利 {method}", ["year"] = 2026, ["basis"] = "sales", ["method"] = method,
        ["tiers"] = new JsonArray(
            new JsonObject { ["lower"] = 0, ["upper"] = 1_000_000, ["rate"] = 2 },
            new JsonObject { ["lower"] = 1_000_000, ["upper"] = 3_000_000, ["rate"] = 3 },
            new JsonObject { ["lower"] = 3_000_000, ["rate"] = 5 }),
        ["ruleVersion"] = "2026.1", ["status"] = "draft",
    };

    private static JsonObject Order(Guid partner, string date, string kind, decimal amount) => new()
    {
        ["partner"] = ChannelHost.Link(partner), ["orderDate"] = date, ["kind"] = kind, ["amount"] = amount,
    };

    [Fact]
    public async Task The_worked_example_settles_16000_then_59000_then_claws_back_18000()
    {
        var partner = await host.PartnerAsync("海南返利示例贸易有限公司");
        var other = await host.PartnerAsync("海南无关伙伴有限公司");
        var (program, _) = await host.SubmitAsync("rebate-program", Program("RB-RETRO", "retroactive"));
        var (incrementalProgram, _) = await host.SubmitAsync("rebate-program", Program("RB-INCR", "incremental"));
        await host.SubmitAsync("sales-order", Order(partner, "2026-01-20", "sale", 500_000));
        await host.SubmitAsync("sales-order", Order(partner, "2026-03-31", "sale", 300_000));
        // Outside the year to date of Q1, and another partner's: neither may count.
        await host.SubmitAsync("sales-order", Order(partner, "2025-12-31", "sale", 9_000_000));
        await host.SubmitAsync("sales-order", Order(other, "2026-02-01", "sale", 100_000));

        var q1 = await SettleAsync("RB-RETRO", program, "2026-03");
        await host.SubmitAsync("sales-order", Order(partner, "2026-05-10", "sale", 1_700_000));
        var q2 = await SettleAsync("RB-RETRO", program, "2026-06");
        await host.SubmitAsync("sales-order", Order(partner, "2026-08-10", "return", 600_000));
        var q3 = await SettleAsync("RB-RETRO", program, "2026-09");

        Assert.Equal((800_000m, 1, 2m, 16_000m, 0m, 16_000m), Figures(q1, partner));
        Assert.Equal((2_500_000m, 2, 3m, 75_000m, 16_000m, 59_000m), Figures(q2, partner));
        Assert.Equal((1_900_000m, 2, 3m, 57_000m, 75_000m, -18_000m), Figures(q3, partner));
        var line = Statement(q3, partner);
        Assert.Equal(program.ToString(), (string?)line["program"]!["id"]);
        Assert.Equal("retroactive", (string?)line["method"]);
        Assert.Equal("2026.1", (string?)line["ruleVersion"]);
        Assert.Equal(2_000m, Figures(q1, other).Settlement);

        // The incremental method on the same sales: 65,000 earned by Q2 (2 % of 1M + 3 % of 1.5M).
        var incremental = await SettleAsync("RB-INCR", incrementalProgram, "2026-06");
        Assert.Equal(65_000m, Figures(incremental, partner).Earned);
    }

    [Fact]
    public async Task Settling_a_period_again_updates_its_statement_instead_of_adding_one()
    {
        var partner = await host.PartnerAsync("海南重复结算有限公司");
        var (program, _) = await host.SubmitAsync("rebate-program", Program("RB-AGAIN", "retroactive"));
        await host.SubmitAsync("sales-order", Order(partner, "2026-02-02", "sale", 1_000_000));
        await SettleAsync("RB-AGAIN", program, "2026-03");
        await host.SubmitAsync("sales-order", Order(partner, "2026-03-15", "sale", 500_000));

        var again = await SettleAsync("RB-AGAIN", program, "2026-03");

        var mine = again.Where(s => (string?)s.Data["partner"]!["id"] == partner.ToString()).ToList();
        Assert.Single(mine);
        Assert.Equal(45_000m, Figures(again, partner).Settlement);
    }

    private async Task<List<(Guid Id, string Status, JsonObject Data)>> SettleAsync(string code, Guid program, string period)
    {
        var instance = await host.RunAsync("rebate-settlement-monthly", new JsonObject { ["program"] = code, ["period"] = period });
        Assert.Equal("Finished", (string?)(await host.HealthyAsync(instance))["status"]);
        return [.. (await host.RecordsAsync("rebate-statement"))
            .Where(s => (string?)s.Data["period"] == period.Replace("-", "-M", StringComparison.Ordinal) && (string?)s.Data["program"]?["id"] == program.ToString())];
    }

    private static JsonObject Statement(List<(Guid Id, string Status, JsonObject Data)> statements, Guid partner) =>
        Assert.Single(statements, s => (string?)s.Data["partner"]!["id"] == partner.ToString()).Data;

    private static (decimal Basis, int Tier, decimal Rate, decimal Earned, decimal SettledBefore, decimal Settlement) Figures(
        List<(Guid Id, string Status, JsonObject Data)> statements, Guid partner)
    {
        var line = Statement(statements, partner);
        return ((decimal)line["basisToDate"]!, (int)line["tierNumber"]!, (decimal)line["rate"]!, (decimal)line["earnedToDate"]!,
            (decimal)line["settledBefore"]!, (decimal)line["settlement"]!);
    }
}
