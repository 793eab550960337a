using System.Text.Json.Nodes;
using FlowChannel.Application.Setup;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// The Channel Management pack's sample data, generated from a seed: partner profiles across regions, types and
/// tiers (the six named demo partners first, when asked), then per partner its goals, orders, returns and payments
/// and incentive claims, then the leads pool and risk warnings. The same spec always gives the same records (ids
/// included); the records come as a stream, so a million of them never sit in memory at once.
/// </summary>
public static class ChannelSampleGenerator
{
    /// <param name="spec">Seed, scale and last month of history.</param>
    /// <param name="owner">The channel manager who owns the partners (a member value), or null.</param>
    /// <param name="evidence">The attachment value claims carry as evidence (one stored file).</param>
    /// <param name="includeNamed">Whether to add the six named demo partners (left out when they are already there).</param>
    public static IEnumerable<GeneratedRecord> Generate(SampleSpec spec, JsonObject? owner, JsonObject evidence, bool includeNamed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(evidence);
        var named = includeNamed ? SamplePartners.All(owner).ToList() : [];
        var partners = new List<SamplePartner>();
        partners.AddRange(named.Select((profile, i) => SamplePartner.Named(spec, i, profile)));
        var generated = spec.GeneratedPartners(named.Count);
        for (var i = 0; i < generated; i++)
        {
            partners.Add(SamplePartner.Make(spec, i, owner));
        }
        foreach (var partner in partners)
        {
            yield return new GeneratedRecord(partner.Id, "partner-profile", partner.Profile, spec.FirstDay);
        }
        if (spec.Scale <= 0)
        {
            yield break;
        }

        for (var i = 0; i < partners.Count; i++)
        {
            var salesByYear = new Dictionary<int, decimal>();
            // Orders first: the goals are set from what the partner then sold.
            var trade = SampleTrade.For(spec, i, partners[i], salesByYear).ToList();
            foreach (var goal in SampleGoals.For(spec, i, partners[i], salesByYear))
            {
                yield return goal;
            }
            foreach (var record in trade)
            {
                yield return record;
            }
            foreach (var claim in SampleClaims.For(spec, i, partners[i], evidence))
            {
                yield return claim;
            }
        }
        foreach (var lead in SampleLeads.For(spec, partners))
        {
            yield return lead;
        }
        foreach (var warning in SampleRisks.For(spec, partners))
        {
            yield return warning;
        }
    }
}
