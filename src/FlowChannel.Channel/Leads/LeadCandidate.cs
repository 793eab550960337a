using FlowChannel.Channel.Common;
namespace FlowChannel.Channel.Leads;

/// <summary>
/// A partner as the allocator sees it at the moment of a decision. The counters (<see cref="OpenLeads"/>,
/// <see cref="AssignedThisPeriod"/>, <see cref="PremiumLeadsThisPeriod"/>) are the caller's current figures;
/// <see cref="ContributionWeight"/> is what the weighted pickers weigh (usually the contribution score).
/// </summary>
public sealed record LeadCandidate(
    string PartnerId,
    bool IsActive,
    PartnerTier Tier,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Industries,
    int OpenLeads,
    int Capacity,
    bool OnCreditHold,
    decimal ContributionWeight,
    DateTimeOffset? LastAssignedAt,
    int AssignedThisPeriod = 0,
    int PremiumLeadsThisPeriod = 0);
