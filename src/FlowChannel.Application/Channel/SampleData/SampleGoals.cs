using System.Text.Json.Nodes;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>Yearly sales goals set a little above what each partner then sold, so attainment spreads around 80–100 %.</summary>
internal static class SampleGoals
{
    public static IEnumerable<GeneratedRecord> For(SampleSpec spec, int index, SamplePartner partner, IReadOnlyDictionary<int, decimal> salesByYear)
    {
        var random = SampleRandom.For(spec.Seed, 4, index);
        foreach (var (year, sales) in salesByYear.OrderBy(s => s.Key))
        {
            var target = Math.Max(100_000m, Math.Round(sales * (decimal)(1.0 + random.Next() * 0.3) / 10_000m) * 10_000m);
            yield return new GeneratedRecord(random.NewId(), "partner-goal", new JsonObject
            {
                ["partner"] = partner.Link(),
                ["year"] = year,
                ["goalKind"] = "sales",
                ["yearTarget"] = target,
                ["measure"] = "年度销售额（含退货冲减）",
            }, new DateOnly(year, 1, 1));
        }
    }
}
