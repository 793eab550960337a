namespace FlowChannel.Channel.Risk;

/// <summary>
/// Open receivables aged as of a date: each invoice with what is still outstanding and its bucket, and the totals
/// per bucket (every bucket present, zero when empty).
/// </summary>
public sealed record AgeingReport(DateOnly AsOf, IReadOnlyList<AgedReceivable> Lines, IReadOnlyDictionary<AgeBucket, decimal> Totals)
{
    public decimal Total => Totals.Values.Sum();

    public decimal Overdue => Total - Totals[AgeBucket.Current];

    /// <summary>The most days any open invoice is past due (0 when nothing is overdue).</summary>
    public int OldestDaysPastDue => Lines.Count == 0 ? 0 : Math.Max(0, Lines.Max(l => l.DaysPastDue));
}
