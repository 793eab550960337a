using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Leads;

/// <summary>
/// Fair lead allocation (domain.md §3): the rules covering the lead are tried most specific first (ties in the
/// order given); the first with an eligible candidate decides with its picker, except that a premium lead always
/// rotates among core and strategic partners under the per-period cap. Every call returns a log entry; having no
/// one to assign is an outcome, not an exception.
/// </summary>
public static class LeadAllocator
{
    /// <summary>
    /// Assigns a new lead. <c>draw</c> is a random number in [0, 1), used (and logged) only when a weighted random
    /// pick decides, so the caller can store it and replay the decision.
    /// </summary>
    /// <exception cref="RuleException">A rule or setting is unusable.</exception>
    public static AllocationResult Allocate(
        Lead lead,
        IReadOnlyList<LeadCandidate> candidates,
        IReadOnlyList<AllocationRule> rules,
        AllocationSettings settings,
        DateTimeOffset now,
        decimal draw) =>
        Decide(lead, candidates, rules, settings, now, draw, new Dictionary<string, ExclusionReason>());

    /// <summary>
    /// Gives a lead whose latest assignment was declined or has expired to someone else, leaving out every partner
    /// that declined it or let it expire before.
    /// </summary>
    /// <exception cref="InvalidOperationException">The latest assignment is still pending in time, or accepted.</exception>
    public static AllocationResult Reassign(
        Lead lead,
        IReadOnlyList<AssignmentRecord> history,
        IReadOnlyList<LeadCandidate> candidates,
        IReadOnlyList<AllocationRule> rules,
        AllocationSettings settings,
        DateTimeOffset now,
        decimal draw)
    {
        if (!LeadSla.NeedsReassignment(history, now))
        {
            throw new InvalidOperationException($"Lead '{lead?.LeadId}' has no declined or expired assignment to replace.");
        }
        var excluded = new Dictionary<string, ExclusionReason>(StringComparer.Ordinal);
        foreach (var earlier in history.OrderBy(a => a.AssignedAt))
        {
            var state = LeadSla.StateAt(earlier, now);
            if (state is AssignmentState.Declined or AssignmentState.Expired)
            {
                excluded.TryAdd(
                    earlier.PartnerId,
                    state == AssignmentState.Declined ? ExclusionReason.DeclinedThisLead : ExclusionReason.LetThisLeadExpire);
            }
        }
        return Decide(lead, candidates, rules, settings, now, draw, excluded);
    }

    private static AllocationResult Decide(
        Lead lead,
        IReadOnlyList<LeadCandidate> candidates,
        IReadOnlyList<AllocationRule> rules,
        AllocationSettings settings,
        DateTimeOffset now,
        decimal draw,
        IReadOnlyDictionary<string, ExclusionReason> excluded)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(candidates);
        AllocationRules.Validate(rules, settings);
        if (draw is < 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(draw), draw, "The random draw must lie in [0, 1).");
        }
        EnsureDistinct(candidates);

        var covering = rules
            .Select((rule, index) => (rule, index))
            .Where(r => r.rule.Criteria.Covers(lead))
            .OrderByDescending(r => r.rule.Criteria.Specificity)
            .ThenBy(r => r.index)
            .Select(r => r.rule);
        var attempts = new List<RuleAttempt>();
        var excludedIds = excluded.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var rule in covering)
        {
            var judged = candidates
                .Select(c => (candidate: c, reasons: Eligibility.Reasons(lead, rule, c, settings, excluded)))
                .ToList();
            var eligible = judged.Where(j => j.reasons.Count == 0).Select(j => j.candidate).ToList();
            var weighted = !lead.IsPremium && rule.Picker == PickerKind.WeightedByContribution;
            var total = weighted ? eligible.Sum(c => c.ContributionWeight) : 0m;
            attempts.Add(new RuleAttempt(
                rule.Id,
                rule.Version,
                rule.Picker,
                [.. judged.Select(j => new CandidateEvaluation(
                    j.candidate.PartnerId,
                    j.candidate.ContributionWeight,
                    j.reasons,
                    weighted && j.reasons.Count == 0 ? j.candidate.ContributionWeight / total : null))]));
            if (eligible.Count == 0)
            {
                continue;
            }
            var choice = lead.IsPremium ? Pickers.PremiumRotation(eligible) : rule.Picker switch
            {
                PickerKind.RoundRobin => Pickers.RoundRobin(eligible),
                PickerKind.WeightedRoundRobin => Pickers.WeightedRoundRobin(eligible),
                _ => Pickers.WeightedDraw(eligible, draw),
            };
            var log = new AllocationLogEntry(
                lead.LeadId, lead.IsPremium, now, AllocationOutcome.Assigned, attempts, choice, weighted ? draw : null, excludedIds);
            var assignment = new LeadAssignment(
                lead.LeadId, choice.PartnerId, now, LeadSla.AcceptBy(now, settings), rule.Id, rule.Version);
            return new AllocationResult(log, assignment);
        }
        var outcome = attempts.Count == 0 ? AllocationOutcome.NoRuleCoversLead : AllocationOutcome.NoEligibleCandidate;
        return new AllocationResult(
            new AllocationLogEntry(lead.LeadId, lead.IsPremium, now, outcome, attempts, null, null, excludedIds),
            null);
    }

    private static void EnsureDistinct(IReadOnlyList<LeadCandidate> candidates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!seen.Add(candidates[i].PartnerId))
            {
                throw new ArgumentException($"candidates[{i}]: partner '{candidates[i].PartnerId}' is listed twice.", nameof(candidates));
            }
        }
    }
}
