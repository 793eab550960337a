using FlowChannel.Channel.Common;
namespace FlowChannel.Channel.Leads;

/// <summary>Judges one candidate for one lead under one rule, collecting every reason it is excluded.</summary>
internal static class Eligibility
{
    public static List<ExclusionReason> Reasons(
        Lead lead,
        AllocationRule rule,
        LeadCandidate candidate,
        AllocationSettings settings,
        IReadOnlyDictionary<string, ExclusionReason> excluded)
    {
        var reasons = new List<ExclusionReason>();
        if (!candidate.IsActive)
        {
            reasons.Add(ExclusionReason.Inactive);
        }
        if (rule.Criteria.Tiers.Count > 0 && !rule.Criteria.Tiers.Contains(candidate.Tier))
        {
            reasons.Add(ExclusionReason.TierNotAllowed);
        }
        if (!MatchesRegionOrIndustry(lead, candidate))
        {
            reasons.Add(ExclusionReason.NoRegionOrIndustryMatch);
        }
        if (candidate.OpenLeads >= candidate.Capacity)
        {
            reasons.Add(ExclusionReason.AtCapacity);
        }
        if (candidate.OnCreditHold)
        {
            reasons.Add(ExclusionReason.OnCreditHold);
        }
        if (lead.IsPremium)
        {
            if (candidate.Tier is not (PartnerTier.Core or PartnerTier.Strategic))
            {
                reasons.Add(ExclusionReason.NotPremiumTier);
            }
            if (candidate.PremiumLeadsThisPeriod >= settings.PremiumCapPerPeriod)
            {
                reasons.Add(ExclusionReason.PremiumCapReached);
            }
        }
        else if (rule.Picker != PickerKind.RoundRobin && candidate.ContributionWeight <= 0)
        {
            reasons.Add(ExclusionReason.NoWeight);
        }
        if (excluded.TryGetValue(candidate.PartnerId, out var earlier))
        {
            reasons.Add(earlier);
        }
        return reasons;
    }

    // A lead that names neither region nor industry has nothing to mismatch, so any partner serves it.
    private static bool MatchesRegionOrIndustry(Lead lead, LeadCandidate candidate) =>
        (lead.Region is null && lead.Industry is null)
        || (lead.Region is not null && candidate.Regions.Contains(lead.Region, StringComparer.OrdinalIgnoreCase))
        || (lead.Industry is not null && candidate.Industries.Contains(lead.Industry, StringComparer.OrdinalIgnoreCase));
}
