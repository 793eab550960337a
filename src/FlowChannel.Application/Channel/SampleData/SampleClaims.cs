using System.Text.Json.Nodes;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>Incentive claims of core and strategic partners over the last four quarters: mostly rebates, some marketing funds.</summary>
internal static class SampleClaims
{
    public static IEnumerable<GeneratedRecord> For(SampleSpec spec, int index, SamplePartner partner, JsonObject evidence)
    {
        if (partner.Tier == "ordinary" || partner.Status != "active")
        {
            yield break;
        }
        var random = SampleRandom.For(spec.Seed, 5, index);
        var lastQuarter = new DateOnly(spec.LastMonth.Year, (spec.LastMonth.Month - 1) / 3 * 3 + 1, 1);
        for (var q = 4; q >= 1; q--)
        {
            if (!random.Chance(0.5))
            {
                continue;
            }
            var start = lastQuarter.AddMonths(-3 * q);
            var end = start.AddMonths(3).AddDays(-1);
            var type = random.Pick([("rebate", 6.0), ("marketing", 3.0), ("training", 1.0)]);
            var lines = new JsonArray();
            for (var n = random.Between(1, 3); n > 0; n--)
            {
                lines.Add(new JsonObject
                {
                    ["product"] = random.Pick(SamplePlaces.Products),
                    ["quantity"] = random.Between(1, 20),
                    ["unitPrice"] = random.Between(10, 200) * 100m,
                });
            }
            yield return new GeneratedRecord(random.NewId(), "incentive-claim", new JsonObject
            {
                ["partner"] = partner.Link(),
                ["contactName"] = partner.Profile["contactName"]?.DeepClone(),
                ["contactPhone"] = partner.Profile["contactPhone"]?.DeepClone(),
                ["claimType"] = type,
                ["marketingPlan"] = type == "marketing" ? "区域联合推广活动" : null,
                ["periodStart"] = SampleTrade.Day(start),
                ["periodEnd"] = SampleTrade.Day(end),
                ["lines"] = lines,
                ["evidence"] = new JsonArray(evidence.DeepClone()),
            }, end.AddDays(random.Between(3, 20)));
        }
    }
}
