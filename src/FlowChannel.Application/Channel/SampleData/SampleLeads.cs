using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// The leads pool of the last six months: about 1.5 leads per partner, in the partners' provinces, some premium; the
/// older ones assigned (to an active partner of the province, bigger partners more often), accepted, won or lost.
/// </summary>
internal static class SampleLeads
{
    public static IEnumerable<GeneratedRecord> For(SampleSpec spec, IReadOnlyList<SamplePartner> partners)
    {
        var random = SampleRandom.For(spec.Seed, 6, 0);
        var active = partners.Where(p => p.Status == "active").ToList();
        var count = (int)Math.Round(partners.Count * 1.5);
        for (var n = 0; n < count; n++)
        {
            var province = random.Pick(SamplePlaces.Provinces).Value;
            var date = spec.EndDay.AddDays(-random.Between(1, 180));
            var status = random.Pick([("new", 15.0), ("assigned", 15.0), ("accepted", 30.0), ("won", 20.0), ("lost", 12.0), ("declined", 8.0)]);
            var local = active.Where(p => p.Province == province).ToList();
            var candidates = local.Count > 0 ? local : active;
            var partner = status == "new" || candidates.Count == 0 ? null : random.Pick([.. candidates.Select(p => (p, p.Size))]);
            var data = new JsonObject
            {
                ["customerName"] = random.Pick(SamplePlaces.Customers) + random.Pick(["分公司", "项目", "集团"]),
                ["province"] = province,
                ["industry"] = random.Pick(SamplePlaces.Industries),
                ["estimatedValue"] = random.Between(5, 300) * 10_000m,
                ["premium"] = random.Chance(0.15),
                ["status"] = partner is null ? "new" : status,
            };
            if (partner is not null)
            {
                data["assignedPartner"] = partner.Link();
                data["acceptBy"] = date.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T09:00:00Z";
                data["allocationRule"] = "default v1 · WeightedRoundRobin";
            }
            yield return new GeneratedRecord(random.NewId(), "lead", data, date);
        }
    }
}
