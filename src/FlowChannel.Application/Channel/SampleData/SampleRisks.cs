using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// Risk warnings: every partner on probation or suspended has an overdue or credit warning, and about one active
/// partner in twenty a performance anomaly; the older ones handled, the recent ones open.
/// </summary>
internal static class SampleRisks
{
    public static IEnumerable<GeneratedRecord> For(SampleSpec spec, IReadOnlyList<SamplePartner> partners)
    {
        var random = SampleRandom.For(spec.Seed, 7, 0);
        foreach (var partner in partners)
        {
            var troubled = partner.Status is "probation" or "suspended";
            if (!troubled && !(partner.Status == "active" && random.Chance(0.05)))
            {
                continue;
            }
            var type = troubled ? random.Pick(["overdue", "creditUtilisation"]) : "performance";
            var date = spec.EndDay.AddDays(-random.Between(1, 120));
            var open = date > spec.EndDay.AddDays(-30);
            var (indicator, figures) = type switch
            {
                "overdue" => ("逾期应收 61–90 天", $"逾期金额 {random.Between(5, 80) * 10_000:N0} 元"),
                "creditUtilisation" => ("信用额度使用率 ≥ 80 %", $"使用率 {random.Between(80, 115)} %"),
                _ => ("月销售额低于近三月均值的 70 %", $"本月为均值的 {random.Between(30, 69)} %"),
            };
            yield return new GeneratedRecord(random.NewId(), "risk-warning", new JsonObject
            {
                ["partner"] = partner.Link(),
                ["riskType"] = type,
                ["severity"] = troubled ? random.Pick(["high", "critical"]) : random.Pick(["low", "medium"]),
                ["indicator"] = indicator,
                ["figures"] = figures,
                ["detectedAt"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:00:00Z",
                ["status"] = open ? "open" : random.Pick(["resolved", "closed"]),
                ["action"] = open ? "none" : partner.Status == "probation" ? "probation" : random.Pick(["none", "freezeCredit"]),
            }, date);
        }
    }
}
