namespace FlowChannel.Channel.Rebates;

/// <summary>
/// One payout line of a partner's rebate statement, carrying everything needed to recompute it by hand: the
/// basis to date, the tier and rate reached, the method, what was earned and settled to date, and the rule version.
/// A negative <see cref="Settlement"/> is a clawback (returns brought the basis down after an earlier payout).
/// </summary>
public sealed record RebateStatementLine(
    string ProgramId,
    string RuleVersion,
    string Period,
    RebateMethod Method,
    RebateBasis BasisKind,
    decimal BasisToDate,
    int TierNumber,
    decimal Rate,
    decimal EarnedToDate,
    bool Capped,
    decimal SettledBefore,
    decimal Settlement)
{
    public bool IsClawback => Settlement < 0;
}

/// <summary>Period-to-date settlement: settlement = earned(basis to date) − already settled, so earlier payouts are always netted.</summary>
public static class RebateSettlement
{
    // basisToDate: net sales (sales − returns) or collections from the start of the program year;
    // settledBefore: the sum of every earlier settlement line of this program year, clawbacks included.
    public static RebateStatementLine Settle(RebateProgram program, string period, decimal basisToDate, decimal settledBefore)
    {
        ArgumentNullException.ThrowIfNull(program);
        var earning = RebateCalculator.Earn(program, basisToDate);
        return new RebateStatementLine(
            program.Id, program.Version, period, program.Method, program.Basis, basisToDate, earning.TierIndex + 1,
            earning.Rate, earning.Earned, earning.Capped, settledBefore, earning.Earned - settledBefore);
    }

    /// <summary>Settles consecutive periods of one program year, each netted against the lines before it.</summary>
    public static IReadOnlyList<RebateStatementLine> SettleYear(RebateProgram program, IReadOnlyList<(string Period, decimal BasisToDate)> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var lines = new List<RebateStatementLine>(periods.Count);
        var settled = 0m;
        foreach (var (period, basis) in periods)
        {
            var line = Settle(program, period, basis, settled);
            settled += line.Settlement;
            lines.Add(line);
        }
        return lines;
    }
}
