using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Scorecards;

/// <summary>How one metric scored: <c>Normalised</c> is sᵢ on 0–100·cap, <c>Weighted</c> is wᵢ·sᵢ; <c>Missing</c> when no actual was given.</summary>
public sealed record MetricScore(string Key, decimal? Actual, decimal Target, decimal Weight, decimal Normalised, decimal Weighted, bool Missing);

/// <summary>A partner's period score with each metric's share of it.</summary>
public sealed record ScorecardResult(decimal Score, IReadOnlyList<MetricScore> Metrics);

/// <summary>
/// The periodic evaluation of domain.md §1: sᵢ = min(actual ÷ target, cap)·100, inverted for lower-is-better
/// metrics, and score = Σ wᵢ·sᵢ. A checked card: keys unique, weights positive and adding up to 1, targets and caps positive.
/// </summary>
public sealed class Scorecard
{
    private Scorecard(IReadOnlyList<ScoreMetric> metrics) => Metrics = metrics;

    public IReadOnlyList<ScoreMetric> Metrics { get; }

    public static Scorecard Create(IReadOnlyList<ScoreMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count == 0)
        {
            throw new RuleException("metrics", "A scorecard needs at least one metric.");
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < metrics.Count; i++)
        {
            var metric = metrics[i];
            if (string.IsNullOrWhiteSpace(metric.Key) || !keys.Add(metric.Key))
            {
                throw new RuleException($"metrics[{i}].key", "Each metric needs its own key.");
            }
            if (metric.Weight <= 0)
            {
                throw new RuleException($"metrics[{i}].weight", "A weight must be above zero.");
            }
            if (metric.Target <= 0)
            {
                throw new RuleException($"metrics[{i}].target", "A target must be above zero.");
            }
            if (metric.Cap <= 0)
            {
                throw new RuleException($"metrics[{i}].cap", "A cap must be above zero.");
            }
        }
        var total = metrics.Sum(m => m.Weight);
        if (Math.Abs(total - 1m) > 0.0001m)
        {
            throw new RuleException("metrics", $"The weights add up to {total}; they must add up to 1.");
        }
        return new Scorecard([.. metrics]);
    }

    /// <summary>Scores one partner's actuals; a metric without an actual scores 0 and is marked missing.</summary>
    public ScorecardResult Score(IReadOnlyDictionary<string, decimal> actuals)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        var lines = new List<MetricScore>(Metrics.Count);
        foreach (var metric in Metrics)
        {
            if (!actuals.TryGetValue(metric.Key, out var actual))
            {
                lines.Add(new MetricScore(metric.Key, null, metric.Target, metric.Weight, 0m, 0m, true));
                continue;
            }
            var normalised = Math.Round(Normalise(metric, actual) * 100m, 4);
            lines.Add(new MetricScore(metric.Key, actual, metric.Target, metric.Weight, normalised, metric.Weight * normalised, false));
        }
        return new ScorecardResult(Money.Round(lines.Sum(l => l.Weighted)), lines);
    }

    private static decimal Normalise(ScoreMetric metric, decimal actual)
    {
        if (metric.LowerIsBetter)
        {
            // Nothing outstanding (DSO of 0) is the best possible result, so it earns the cap.
            return actual <= 0 ? metric.Cap : Math.Min(metric.Target / actual, metric.Cap);
        }
        return Math.Clamp(actual / metric.Target, 0m, metric.Cap);
    }
}
