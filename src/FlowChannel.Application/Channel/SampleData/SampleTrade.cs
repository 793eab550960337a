using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// A partner's 24 months of sales orders, returns and payments. Bigger partners order more often and in bigger
/// amounts (the skew), the fourth quarter is strong and February weak; most orders are paid around their due date,
/// some in part, recent ones not yet, so receivables and overdue ageing have something to show.
/// </summary>
internal static class SampleTrade
{
    private static readonly double[] Season = [0.9, 0.6, 1.0, 1.0, 1.0, 1.1, 0.9, 0.9, 1.0, 1.0, 1.2, 1.4];

    public static IEnumerable<GeneratedRecord> For(SampleSpec spec, int index, SamplePartner partner, Dictionary<int, decimal> salesByYear)
    {
        if (!partner.Trades)
        {
            yield break;
        }
        var random = SampleRandom.For(spec.Seed, 3, index);
        // Ended and suspended partners stopped trading some months before the end.
        var stopAfter = partner.Status is "ended" or "suspended" ? random.Between(6, 20) : SampleSpec.Months;
        for (var month = 0; month < stopAfter; month++)
        {
            var first = spec.FirstDay.AddMonths(month);
            var expected = Math.Min(6, 0.25 + partner.Size * 0.15) * Season[first.Month - 1];
            var count = (int)expected + (random.Chance(expected - Math.Floor(expected)) ? 1 : 0);
            for (var n = 0; n < count; n++)
            {
                var date = first.AddDays(random.Next(DateTime.DaysInMonth(first.Year, first.Month)));
                var isReturn = random.Chance(0.03);
                var amount = Math.Round((decimal)(25_000 * (0.4 + random.Next() * 1.2) * Math.Sqrt(partner.Size)) * (isReturn ? 0.3m : 1m) / 100m) * 100m;
                var order = new GeneratedRecord(random.NewId(), "sales-order", new JsonObject
                {
                    ["partner"] = partner.Link(),
                    ["orderDate"] = Day(date),
                    ["kind"] = isReturn ? "return" : "sale",
                    ["customerName"] = random.Pick(SamplePlaces.Customers),
                    ["product"] = random.Pick(SamplePlaces.Products),
                    ["amount"] = amount,
                    ["dueDate"] = Day(date.AddDays(partner.TermDays)),
                }, date);
                salesByYear[date.Year] = salesByYear.GetValueOrDefault(date.Year) + (isReturn ? -amount : amount);
                yield return order;
                if (!isReturn && Payment(spec, random, partner, order, date, amount) is { } payment)
                {
                    yield return payment;
                }
            }
        }
    }

    private static GeneratedRecord? Payment(SampleSpec spec, SampleRandom random, SamplePartner partner, GeneratedRecord order, DateOnly ordered, decimal amount)
    {
        var late = partner.Status is "probation" or "suspended" ? random.Between(0, 90) : random.Between(-15, 20);
        var paid = ordered.AddDays(Math.Max(1, partner.TermDays + late));
        if (paid >= spec.EndDay || random.Chance(0.04))
        {
            return null;
        }
        var share = random.Chance(0.1) ? 0.5m + (decimal)random.Next() * 0.4m : 1m;
        return new GeneratedRecord(random.NewId(), "payment", new JsonObject
        {
            ["partner"] = partner.Link(),
            ["paymentDate"] = Day(paid),
            ["amount"] = Math.Round(amount * share / 100m) * 100m,
            ["order"] = new JsonObject { ["id"] = order.Id.ToString() },
            ["method"] = random.Chance(0.8) ? "bankTransfer" : "acceptance",
        }, paid);
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
