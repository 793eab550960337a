using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Risk;

/// <summary>
/// Credit-limit utilisation = exposure ÷ limit: Ok, Warn from 80 %, Block from 100 % (thresholds configurable).
/// A zero limit with any exposure blocks; a credit balance (negative exposure) is Ok.
/// </summary>
public static class CreditRisk
{
    /// <exception cref="RuleException">The thresholds are unusable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is negative.</exception>
    public static CreditUtilisation Utilisation(decimal exposure, decimal limit, CreditThresholds? thresholds = null)
    {
        thresholds ??= CreditThresholds.Default;
        thresholds.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0m)
        {
            return new CreditUtilisation(exposure, limit, null, exposure > 0m ? CreditStatus.Block : CreditStatus.Ok);
        }
        var ratio = exposure / limit;
        var status = ratio >= thresholds.BlockAt ? CreditStatus.Block
            : ratio >= thresholds.WarnAt ? CreditStatus.Warn
            : CreditStatus.Ok;
        return new CreditUtilisation(exposure, limit, ratio, status);
    }

    /// <summary>A Warning at Warn, a Critical warning at Block, nothing when Ok.</summary>
    public static IReadOnlyList<RiskWarning> Check(decimal exposure, decimal limit, CreditThresholds? thresholds = null)
    {
        thresholds ??= CreditThresholds.Default;
        var utilisation = Utilisation(exposure, limit, thresholds);
        if (utilisation.Status == CreditStatus.Ok)
        {
            return [];
        }
        return
        [
            new RiskWarning(
                RiskType.CreditUtilisation,
                utilisation.Status == CreditStatus.Block ? RiskSeverity.Critical : RiskSeverity.Warning,
                [
                    new("exposure", exposure),
                    new("limit", limit),
                    new("utilisation", utilisation.Ratio),
                    new("warnAt", thresholds.WarnAt),
                    new("blockAt", thresholds.BlockAt),
                ]),
        ];
    }
}

/// <summary>Utilisation of a credit limit; <see cref="Ratio"/> is null for a zero limit.</summary>
public sealed record CreditUtilisation(decimal Exposure, decimal Limit, decimal? Ratio, CreditStatus Status);

/// <summary>What utilisation allows: Ok; Warn (orders still go through, the owner is told); Block (new orders stop).</summary>
public enum CreditStatus
{
    Ok,
    Warn,
    Block,
}

/// <summary>The utilisation ratios at which credit warns and blocks (0.8 and 1.0 unless a policy says otherwise).</summary>
public sealed record CreditThresholds(decimal WarnAt = 0.8m, decimal BlockAt = 1m)
{
    public static CreditThresholds Default { get; } = new();

    /// <exception cref="RuleException">Thresholds are not 0 &lt; warnAt &lt; blockAt.</exception>
    public void Validate()
    {
        if (WarnAt <= 0m)
        {
            throw new RuleException("thresholds.warnAt", "The warning threshold must be positive.");
        }
        if (BlockAt <= WarnAt)
        {
            throw new RuleException("thresholds.blockAt", "The block threshold must lie above the warning threshold.");
        }
    }
}
