using FlowChannel.Channel.Risk;

namespace FlowChannel.Application.Channel.Risk;

/// <summary>Runs the risk checks of domain.md §3 for every active partner from figures summed by the database.</summary>
public sealed class RiskFindings(ChannelFigures figures)
{
    private static readonly DateTime Beginning = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public async Task<List<(Guid Partner, RiskWarning Warning)>> FindAsync(IReadOnlyCollection<ChannelRecord> partners, DateTime now, CancellationToken ct)
    {
        var found = new List<(Guid, RiskWarning)>();
        var tomorrow = now.Date.AddDays(1);
        var sales = await figures.SumByPartnerAsync("sales-order", "netAmount", "orderDate", Beginning, tomorrow, ct);
        var paid = await figures.SumByPartnerAsync("payment", "amount", "paymentDate", Beginning, tomorrow, ct);
        var thisMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var months = new List<(DateTime Month, Dictionary<Guid, decimal> Sums)>();
        for (var back = 4; back >= 1; back--)
        {
            var month = thisMonth.AddMonths(-back);
            months.Add((month, await figures.SumByPartnerAsync("sales-order", "netAmount", "orderDate", month, month.AddMonths(1), ct)));
        }

        var orders = await figures.RecordsAsync("sales-order", ct);
        var payments = await figures.RecordsAsync("payment", ct);
        var paidByOrder = payments.Where(p => p.LinkId("order") is not null).GroupBy(p => p.LinkId("order")!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Number("amount") ?? 0m));
        var inventory = (await figures.RecordsAsync("inventory-report", ct)).Where(r => r.LinkId("partner") is not null).ToList();
        var today = DateOnly.FromDateTime(now);

        foreach (var partner in partners)
        {
            var id = partner.Id;
            if (partner.Number("creditLimit") is { } limit && limit > 0m)
            {
                found.AddRange(CreditRisk.Check(sales.GetValueOrDefault(id) - paid.GetValueOrDefault(id), limit).Select(w => (id, w)));
            }

            var receivables = orders.Where(o => o.PartnerId == id && o.Text("kind") == "sale" && DateOnly.TryParse(o.Text("dueDate"), out _))
                .Select(o => new Receivable(o.Text("orderNo") ?? o.Id.ToString(), DateOnly.Parse(o.Text("dueDate")!, System.Globalization.CultureInfo.InvariantCulture),
                    o.Number("amount") ?? 0m, paidByOrder.GetValueOrDefault(o.Id)))
                .ToList();
            found.AddRange(ReceivablesAgeing.Check(ReceivablesAgeing.Age(receivables, today)).Select(w => (id, w)));

            var history = months.Where(m => m.Sums.ContainsKey(id)).Select(m => new MonthlySales(DateOnly.FromDateTime(m.Month), m.Sums[id])).ToList();
            found.AddRange(SalesDropCheck.Check(history, DateOnly.FromDateTime(months[^1].Month)).Select(w => (id, w)));

            foreach (var product in inventory.Where(r => r.LinkId("partner") == id).GroupBy(r => r.Text("product") ?? ""))
            {
                var weeks = product.OrderBy(r => r.Text("weekStart"), StringComparer.Ordinal).ToList();
                found.AddRange(InventoryRisk.CheckWeeksOfSupply(weeks[^1].Number("onHand") ?? 0m, [.. weeks.Select(w => w.Number("sellThrough") ?? 0m)],
                    InventoryPolicy.Default, product.Key).Select(w => (id, w)));
            }
        }

        return found;
    }
}
