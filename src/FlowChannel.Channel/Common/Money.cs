namespace FlowChannel.Channel.Common;

/// <summary>Amounts in the currency's minor unit precision, rounded half away from zero (四舍五入) as finance expects.</summary>
public static class Money
{
    public const int Decimals = 2;

    public static decimal Round(decimal amount) => Math.Round(amount, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Splits <paramref name="total"/> in proportion to <paramref name="weights"/>, rounded to cents so that the
    /// parts add up to the total exactly (largest remainder: the cents lost to rounding go to the largest
    /// fractions, ties to the earlier entry). All weights zero splits evenly.
    /// </summary>
    public static decimal[] Apportion(decimal total, IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            return [];
        }
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0)
            {
                throw new RuleException($"weights[{i}]", "A weight cannot be negative.");
            }
        }
        var sum = weights.Sum();
        var shares = sum == 0 ? weights.Select(_ => 1m / weights.Count).ToArray() : weights.Select(w => w / sum).ToArray();
        var cents = total * 100m;
        var whole = new decimal[weights.Count];
        var remainders = new (decimal Fraction, int Index)[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = cents * shares[i];
            whole[i] = Math.Truncate(exact);
            remainders[i] = (exact - whole[i], i);
        }
        var left = (int)(Math.Round(cents) - whole.Sum());
        var step = Math.Sign(left);
        foreach (var (_, index) in step >= 0
            ? remainders.OrderByDescending(r => r.Fraction).ThenBy(r => r.Index)
            : remainders.OrderBy(r => r.Fraction).ThenBy(r => r.Index))
        {
            if (left == 0)
            {
                break;
            }
            whole[index] += step;
            left -= step;
        }
        return [.. whole.Select(c => c / 100m)];
    }
}
