using System.Text.Json.Nodes;
using FlowChannel.Channel.Common;
using FlowChannel.Channel.Leads;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Channel.Leads;

/// <summary>
/// The allocation rules admins keep in the pack's lead-rule form. Active rules are handed to the allocator ordered by
/// weight (it tries the most specific rule first and, among equally specific ones, the first given); a rule's version
/// is its record's edit version, so the log says which edit of the rule decided. With no active rule the
/// <see cref="AllocateLeadAnswer.DefaultRule"/> applies.
/// </summary>
public sealed class LeadRules(FlowChannelDbContext db)
{
    public const string FormId = "lead-rule";

    public async Task<IReadOnlyList<LeadRule>> ActiveAsync(CancellationToken ct)
    {
        var rows = await db.FormRecords.AsNoTracking().Where(r => r.FormId == FormId)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.DataJson, r.Version }).ToListAsync(ct);
        var rules = new List<LeadRule>();
        foreach (var row in rows)
        {
            var data = JsonNode.Parse(row.DataJson) as JsonObject ?? [];
            if (data["active"]?.GetValueKind() == System.Text.Json.JsonValueKind.False)
            {
                continue;
            }
            var key = (string?)data["ruleKey"] ?? throw new RuleException(FormId, "A lead rule has no key.");
            var criteria = new AllocationCriteria(Texts(data["regions"]), Texts(data["industries"]),
                [.. Texts(data["tiers"]).Select(LeadCandidates.Tier)]);
            var rule = new AllocationRule(key, Math.Max(1, row.Version), criteria, Picker(key, (string?)data["picker"]));
            rules.Add(new LeadRule(rule, Number(data["weight"]) ?? 1m, Number(data["premiumCap"]) is { } cap ? (int)cap : null));
        }
        return [.. rules.OrderByDescending(r => r.Weight)];
    }

    /// <summary>
    /// The premium cap for <paramref name="lead"/>: the cap of the most specific, heaviest rule covering it that sets
    /// one, else <paramref name="fallback"/> (the flow's own setting).
    /// </summary>
    public static int PremiumCap(IReadOnlyList<LeadRule> rules, Lead lead, int fallback) =>
        rules.Where(r => r.PremiumCap is not null && Covers(r.Rule.Criteria, lead))
            .OrderByDescending(r => r.Rule.Criteria.Specificity).Select(r => r.PremiumCap).FirstOrDefault() ?? fallback;

    private static bool Covers(AllocationCriteria criteria, Lead lead) =>
        (criteria.Regions.Count == 0 || criteria.Regions.Contains(lead.Region ?? "", StringComparer.OrdinalIgnoreCase))
        && (criteria.Industries.Count == 0 || criteria.Industries.Contains(lead.Industry ?? "", StringComparer.OrdinalIgnoreCase));

    private static PickerKind Picker(string key, string? picker) => picker switch
    {
        "roundRobin" => PickerKind.RoundRobin,
        "weightedRoundRobin" or null => PickerKind.WeightedRoundRobin,
        "weightedByContribution" => PickerKind.WeightedByContribution,
        _ => throw new RuleException($"{FormId} {key}.picker", $"'{picker}' is not a picker."),
    };

    private static List<string> Texts(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => (string?)n).OfType<string>()] : [];

    private static decimal? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;
}

/// <summary>An admin's rule as the allocator reads it, with its weight and premium cap.</summary>
public sealed record LeadRule(AllocationRule Rule, decimal Weight, int? PremiumCap);
