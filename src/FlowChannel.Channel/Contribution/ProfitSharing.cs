using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Contribution;

/// <summary>
/// Contribution-based profit sharing (贡献度分级分配): share = pool × score·multiplier ÷ Σ score·multiplier, split to
/// the cent with <see cref="Money.Apportion"/> so the shares add up to the pool exactly.
/// </summary>
public static class ProfitSharing
{
    /// <exception cref="RuleException">The model is unusable, or the pool is negative or not in whole cents.</exception>
    public static ProfitSharingStatement Distribute(decimal pool, ContributionModel model, IReadOnlyList<ContributionActuals> partners)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(partners);
        if (pool < 0m || Money.Round(pool) != pool)
        {
            throw new RuleException("pool", "The pool is an amount of at least 0 in whole cents.");
        }
        model.Validate();
        EnsureDistinct(partners);

        var scores = partners.Select(p => ContributionScorer.ScoreValidated(model, p)).ToList();
        var weighted = scores.Select(s => s.Score * s.Level.Multiplier).ToList();
        var total = weighted.Sum();
        // Apportion splits evenly when every weight is zero; here nobody contributed, so nobody is paid.
        var shares = total == 0m ? new decimal[scores.Count] : Money.Apportion(pool, weighted);
        var lines = scores.Select((s, i) => new ProfitShareLine(
            s.PartnerId,
            s.SalesPoints,
            s.MarketDevelopmentPoints,
            s.ServicePoints,
            s.Score,
            s.Level.Name,
            s.Level.Multiplier,
            weighted[i],
            total == 0m ? 0m : weighted[i] / total,
            shares[i]));
        return new ProfitSharingStatement(pool, model.Version, total, [.. lines]);
    }

    private static void EnsureDistinct(IReadOnlyList<ContributionActuals> partners)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < partners.Count; i++)
        {
            if (!seen.Add(partners[i].PartnerId))
            {
                throw new ArgumentException($"partners[{i}]: partner '{partners[i].PartnerId}' is listed twice.", nameof(partners));
            }
        }
    }
}
