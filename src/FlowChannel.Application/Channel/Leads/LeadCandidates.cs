using FlowChannel.Channel.Common;
using FlowChannel.Channel.Leads;

namespace FlowChannel.Application.Channel.Leads;

/// <summary>
/// The partners as the allocator sees them: active status, tier, province and industries from the profile; open
/// leads, assignments this month and the last assignment from the leads' logs; a credit hold from an open risk
/// warning whose action is to freeze credit; the weight from the latest contribution score (1 without one).
/// </summary>
public sealed class LeadCandidates(ChannelFigures figures, PartnerProfiles partners)
{
    public const int DefaultCapacity = 20;

    public async Task<(List<LeadCandidate> Candidates, Dictionary<string, string?> Names)> ReadAsync(Guid exceptLead, DateTimeOffset now, CancellationToken ct)
    {
        var profiles = await partners.AllAsync(ct);
        var leads = (await figures.RecordsAsync(AllocateLeadAnswer.FormId, ct)).Where(l => l.Id != exceptLead).ToList();
        var holds = (await figures.RecordsAsync("risk-warning", ct))
            .Where(w => w.Text("action") == "freezeCredit" && w.Text("status") is not ("resolved" or "closed"))
            .Select(w => w.LinkId("partner")).OfType<Guid>().ToHashSet();
        var weights = (await figures.RecordsAsync("contribution-share", ct))
            .Where(c => c.LinkId("partner") is not null && c.Number("contributionScore") is not null)
            .GroupBy(c => c.LinkId("partner")!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Text("period"), StringComparer.Ordinal).Last().Number("contributionScore")!.Value);
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var assignments = leads.SelectMany(l => LeadLog.Read(l.Text("allocationLog")).History(false)
            .Select(a => (Lead: l, Assignment: a))).ToList();

        var candidates = profiles.Values.Select(p =>
        {
            var id = p.Id.ToString();
            var mine = assignments.Where(a => a.Assignment.PartnerId == id).ToList();
            var thisMonth = mine.Where(a => a.Assignment.AssignedAt >= monthStart).ToList();
            return new LeadCandidate(
                id,
                p.Text("status") == "active",
                Tier(p.Text("tier")),
                p.Text("province") is { } province ? [province] : [],
                [.. (p.Data["industries"] as System.Text.Json.Nodes.JsonArray ?? []).Select(i => (string?)i).OfType<string>()],
                leads.Count(l => l.LinkId("assignedPartner") == p.Id && l.Text("status") is "assigned" or "accepted"),
                DefaultCapacity,
                holds.Contains(p.Id),
                weights.TryGetValue(p.Id, out var weight) ? weight : 1m,
                mine.Count > 0 ? mine.Max(a => a.Assignment.AssignedAt) : null,
                thisMonth.Count,
                thisMonth.Count(a => a.Lead.Data["premium"]?.GetValueKind() == System.Text.Json.JsonValueKind.True));
        }).ToList();
        return (candidates, profiles.ToDictionary(p => p.Key.ToString(), p => p.Value.Text("companyName")));
    }

    public static PartnerTier Tier(string? tier) => tier switch
    {
        "core" => PartnerTier.Core,
        "strategic" => PartnerTier.Strategic,
        _ => PartnerTier.Ordinary,
    };
}
