using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Contribution;

/// <summary>
/// How contribution is scored: three weighted dimensions whose weights sum to 1, and the levels by score (one of
/// them must start at 0 so every score has a level). <see cref="Version"/> is printed on statements.
/// </summary>
public sealed record ContributionModel(
    ContributionDimension Sales,
    ContributionDimension MarketDevelopment,
    ContributionDimension Service,
    IReadOnlyList<ContributionLevel> Levels,
    int Version = 1)
{
    /// <summary>Checks the model, naming the offending part (<c>sales.weight</c>, <c>levels[1].minScore</c>).</summary>
    /// <exception cref="RuleException">The model is unusable.</exception>
    public void Validate()
    {
        CheckDimension(Sales, "sales");
        CheckDimension(MarketDevelopment, "marketDevelopment");
        CheckDimension(Service, "service");
        var sum = Sales.Weight + MarketDevelopment.Weight + Service.Weight;
        if (sum != 1m)
        {
            throw new RuleException("weights", $"The weights of sales, market development and service add up to {sum}, not 1.");
        }
        if (Levels is null || Levels.Count == 0)
        {
            throw new RuleException("levels", "At least one level is needed.");
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        var thresholds = new HashSet<decimal>();
        for (var i = 0; i < Levels.Count; i++)
        {
            var level = Levels[i] ?? throw new RuleException($"levels[{i}]", "The level is missing.");
            if (string.IsNullOrWhiteSpace(level.Name) || !names.Add(level.Name))
            {
                throw new RuleException($"levels[{i}].name", "Each level needs its own name.");
            }
            if (level.MinScore < 0 || !thresholds.Add(level.MinScore))
            {
                throw new RuleException($"levels[{i}].minScore", "Minimum scores are distinct and not negative.");
            }
            if (level.Multiplier < 0)
            {
                throw new RuleException($"levels[{i}].multiplier", "A multiplier cannot be negative.");
            }
        }
        if (!thresholds.Contains(0m))
        {
            throw new RuleException("levels", $"No level starts at 0, so scores below {thresholds.Min()} would have none.");
        }
    }

    /// <summary>The level a score reaches: the one with the highest minimum score not above it.</summary>
    public ContributionLevel LevelFor(decimal score) => Levels.Where(l => l.MinScore <= score).MaxBy(l => l.MinScore)!;

    private static void CheckDimension(ContributionDimension? dimension, string path)
    {
        if (dimension is null)
        {
            throw new RuleException(path, "The dimension is missing.");
        }
        if (dimension.Weight is < 0m or > 1m)
        {
            throw new RuleException($"{path}.weight", "A weight lies between 0 and 1.");
        }
        if (dimension.Target <= 0m)
        {
            throw new RuleException($"{path}.target", "The target must be positive.");
        }
        if (dimension.Cap <= 0m)
        {
            throw new RuleException($"{path}.cap", "The cap must be positive.");
        }
    }
}
