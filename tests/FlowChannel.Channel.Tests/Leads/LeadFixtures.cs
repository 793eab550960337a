using FlowChannel.Channel.Common;
using FlowChannel.Channel.Leads;

namespace FlowChannel.Channel.Tests.Leads;

internal static class LeadFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static readonly AllocationSettings Settings = new(PremiumCapPerPeriod: 2, AcceptWithin: TimeSpan.FromHours(24));

    public static LeadCandidate Partner(
        string id,
        PartnerTier tier = PartnerTier.Ordinary,
        string[]? regions = null,
        string[]? industries = null,
        DateTimeOffset? lastAssigned = null,
        decimal weight = 1m,
        int assigned = 0,
        int premium = 0,
        bool active = true,
        int open = 0,
        int capacity = 10,
        bool creditHold = false) =>
        new(id, active, tier, regions ?? ["east"], industries ?? ["retail"], open, capacity, creditHold, weight, lastAssigned, assigned, premium);

    public static Lead EastRetail(bool premium = false) => new("L-1", "east", "retail", premium);

    public static AllocationRule Rule(
        string id,
        PickerKind picker = PickerKind.RoundRobin,
        string[]? regions = null,
        string[]? industries = null,
        PartnerTier[]? tiers = null,
        int version = 1) =>
        new(id, version, new AllocationCriteria(regions ?? [], industries ?? [], tiers ?? []), picker);

    public static AllocationResult Allocate(Lead lead, AllocationRule rule, params LeadCandidate[] candidates) =>
        LeadAllocator.Allocate(lead, candidates, [rule], Settings, Now, 0m);

    public static DateTimeOffset HoursAgo(int hours) => Now.AddHours(-hours);

    /// <summary>Applies an assignment to the chosen partner's counters, as the pack would before the next lead.</summary>
    public static LeadCandidate[] AfterAssignment(LeadCandidate[] candidates, string partnerId, DateTimeOffset at) =>
        [.. candidates.Select(c => c.PartnerId == partnerId
            ? c with { LastAssignedAt = at, AssignedThisPeriod = c.AssignedThisPeriod + 1 }
            : c)];
}
