using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Scorecards;

/// <summary>Why a tier proposal is what it is.</summary>
public enum TierChange
{
    Keep,
    Promote,
    Demote,

    /// <summary>The latest score is below the band, but not for enough consecutive periods to demote yet.</summary>
    KeepWithinGrace,
}

/// <summary>A proposed tier for a partner, for a person to approve (the flow, not this code, changes the tier).</summary>
public sealed record TierProposal(PartnerTier Current, PartnerTier Proposed, TierChange Change, string Reason);

/// <summary>
/// Score bands with hysteresis: core ≥ <see cref="CoreFrom"/>, strategic ≥ <see cref="StrategicFrom"/>, else
/// ordinary. Promotion follows one good period; demotion only after <see cref="DemoteAfter"/> consecutive periods
/// below the current band, so one bad quarter does not bounce a partner between tiers.
/// </summary>
public sealed record TierPolicy(decimal CoreFrom = 80m, decimal StrategicFrom = 65m, int DemoteAfter = 2)
{
    public PartnerTier Band(decimal score) =>
        score >= CoreFrom ? PartnerTier.Core : score >= StrategicFrom ? PartnerTier.Strategic : PartnerTier.Ordinary;

    /// <param name="current">The tier the partner holds now.</param>
    /// <param name="scores">The partner's period scores, oldest first; the last is the period just evaluated.</param>
    public TierProposal Propose(PartnerTier current, IReadOnlyList<decimal> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (StrategicFrom >= CoreFrom || DemoteAfter < 1)
        {
            throw new RuleException("tierPolicy", "The strategic band must start below the core band, and demotion needs at least one period.");
        }
        if (scores.Count == 0)
        {
            return new TierProposal(current, current, TierChange.Keep, "no score yet");
        }
        var latest = Band(scores[^1]);
        if (latest > current)
        {
            return new TierProposal(current, latest, TierChange.Promote, $"score {scores[^1]} reaches the {latest} band");
        }
        if (latest == current)
        {
            return new TierProposal(current, current, TierChange.Keep, $"score {scores[^1]} stays in the {current} band");
        }
        var below = 0;
        for (var i = scores.Count - 1; i >= 0 && Band(scores[i]) < current; i--)
        {
            below++;
        }
        if (below < DemoteAfter)
        {
            return new TierProposal(current, current, TierChange.KeepWithinGrace, $"below the {current} band for {below} of {DemoteAfter} periods");
        }
        // Demote to the best band the partner held throughout the run of low periods, not further than they earned.
        var proposed = scores.Skip(scores.Count - DemoteAfter).Select(Band).Max();
        return new TierProposal(current, proposed, TierChange.Demote, $"below the {current} band for {below} consecutive periods");
    }
}
