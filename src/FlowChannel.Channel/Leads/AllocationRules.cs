using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Leads;

/// <summary>Checks allocation rules and settings before use, naming the offending part (<c>rules[2].regions[0]</c>).</summary>
public static class AllocationRules
{
    /// <exception cref="RuleException">A rule or setting is unusable.</exception>
    public static void Validate(IReadOnlyList<AllocationRule> rules, AllocationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.PremiumCapPerPeriod < 0)
        {
            throw new RuleException("settings.premiumCapPerPeriod", "The premium cap cannot be negative.");
        }
        if (settings.AcceptWithin <= TimeSpan.Zero)
        {
            throw new RuleException("settings.acceptWithin", "The time to accept must be positive.");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            ValidateRule(rules[i], $"rules[{i}]", ids);
        }
    }

    private static void ValidateRule(AllocationRule rule, string path, HashSet<string> ids)
    {
        if (rule is null)
        {
            throw new RuleException(path, "The rule is missing.");
        }
        if (string.IsNullOrWhiteSpace(rule.Id))
        {
            throw new RuleException($"{path}.id", "A rule needs an id.");
        }
        if (!ids.Add(rule.Id))
        {
            throw new RuleException($"{path}.id", $"The rule id '{rule.Id}' is used twice.");
        }
        if (rule.Version < 1)
        {
            throw new RuleException($"{path}.version", "The version starts at 1.");
        }
        if (!Enum.IsDefined(rule.Picker))
        {
            throw new RuleException($"{path}.picker", $"'{rule.Picker}' is not a picker.");
        }
        if (rule.Criteria is null)
        {
            throw new RuleException($"{path}.criteria", "The criteria are missing (use AllocationCriteria.Any for every lead).");
        }
        CheckCodes(rule.Criteria.Regions, $"{path}.regions");
        CheckCodes(rule.Criteria.Industries, $"{path}.industries");
        for (var j = 0; j < (rule.Criteria.Tiers?.Count ?? 0); j++)
        {
            if (!Enum.IsDefined(rule.Criteria.Tiers![j]))
            {
                throw new RuleException($"{path}.tiers[{j}]", $"'{rule.Criteria.Tiers[j]}' is not a tier.");
            }
        }
        if (rule.Criteria.Tiers is null)
        {
            throw new RuleException($"{path}.tiers", "The list is missing (leave it empty for every tier).");
        }
    }

    private static void CheckCodes(IReadOnlyList<string>? codes, string path)
    {
        if (codes is null)
        {
            throw new RuleException(path, "The list is missing (leave it empty for no condition).");
        }
        for (var j = 0; j < codes.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(codes[j]))
            {
                throw new RuleException($"{path}[{j}]", "An empty code matches nothing.");
            }
        }
    }
}
