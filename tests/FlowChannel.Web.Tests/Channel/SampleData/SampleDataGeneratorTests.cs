using System.Text.Json.Nodes;
using FlowChannel.Application.Channel.SampleData;

namespace FlowChannel.Web.Tests.Channel.SampleData;

/// <summary>The sample-data generator on its own: deterministic by seed, sized by scale, shaped like a real channel.</summary>
public sealed class SampleDataGeneratorTests
{
    private static readonly DateOnly LastMonth = new(2026, 10, 1);
    private static readonly JsonObject Evidence = new() { ["id"] = "evidence", ["name"] = "e.txt", ["size"] = 10 };

    private static List<GeneratedRecord> Generate(int seed, decimal scale, bool includeNamed = true) =>
        [.. ChannelSampleGenerator.Generate(new SampleSpec(seed, scale, LastMonth), null, Evidence, includeNamed)];

    [Fact]
    public void The_same_seed_gives_the_same_records_and_another_seed_other_records()
    {
        var first = Generate(7, 0.5m);
        var again = Generate(7, 0.5m);
        var other = Generate(8, 0.5m);

        Assert.Equal(first.Select(Text), again.Select(Text));
        Assert.NotEqual(first.Select(Text), other.Select(Text));
        Assert.Equal(first.Count, first.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void The_scale_multiplies_the_partners_and_their_history_and_zero_gives_only_the_named_partners()
    {
        var half = Generate(3, 0.5m);
        var one = Generate(3, 1m);
        var two = Generate(3, 2m);
        var none = Generate(3, 0m);

        Assert.Equal([100, 200, 400], new[] { half, one, two }.Select(s => Count(s, "partner-profile")));
        var ratio = (double)Count(two, "sales-order") / Count(half, "sales-order");
        Assert.InRange(ratio, 2.5, 6);
        Assert.True(two.Count > one.Count && one.Count > half.Count);
        Assert.Equal(6, none.Count);
        Assert.All(none, r => Assert.Equal("partner-profile", r.FormId));
        Assert.Equal(200, Count(Generate(3, 1m, includeNamed: false), "partner-profile"));
    }

    [Fact]
    public void Two_hundred_partners_spread_over_regions_types_and_tiers_with_two_years_of_skewed_sales()
    {
        var records = Generate(20_261_124, 1m);
        var partners = Of(records, "partner-profile");
        var orders = Of(records, "sales-order");

        Assert.Equal(200, partners.Count);
        Assert.True(partners.Select(p => (string)p["province"]!).Distinct().Count() >= 10);
        Assert.Equal(5, partners.Select(p => (string)p["partnerType"]!).Distinct().Count());
        Assert.Equal(["core", "ordinary", "strategic"], partners.Select(p => (string)p["tier"]!).Distinct().Order());

        var months = orders.Select(o => ((string)o["orderDate"]!)[..7]).Distinct().Order().ToList();
        Assert.Equal(24, months.Count);
        Assert.Equal(("2024-11", "2026-10"), (months[0], months[^1]));

        // The skew: a fifth of the partners make most of the sales.
        var sales = orders.GroupBy(o => (string)o["partner"]!["id"]!)
            .Select(g => g.Sum(o => (decimal)o["amount"]! * ((string)o["kind"]! == "return" ? -1 : 1)))
            .OrderDescending().ToList();
        var topFifth = sales.Take(partners.Count / 5).Sum() / sales.Sum();
        Assert.InRange(topFifth, 0.6m, 0.95m);
        Assert.Contains(orders, o => (string)o["kind"]! == "return");

        var orderIds = records.Where(r => r.FormId == "sales-order").Select(r => r.Id.ToString()).ToHashSet();
        var payments = Of(records, "payment");
        Assert.InRange(payments.Count, orders.Count * 0.7, orders.Count);
        Assert.All(payments, p => Assert.Contains((string)p["order"]!["id"]!, orderIds));
        Assert.All(new[] { "partner-goal", "lead", "incentive-claim", "risk-warning" }, form => Assert.True(Count(records, form) > 10, form));
    }

    private static string Text(GeneratedRecord record) => $"{record.Id} {record.FormId} {record.On} {record.Data.ToJsonString()}";

    private static int Count(List<GeneratedRecord> records, string formId) => records.Count(r => r.FormId == formId);

    private static List<JsonObject> Of(List<GeneratedRecord> records, string formId) => [.. records.Where(r => r.FormId == formId).Select(r => r.Data)];
}
