namespace FlowChannel.Channel.Risk;

/// <summary>A partner's sales in one calendar month; <see cref="Month"/> may be any day of it.</summary>
public sealed record MonthlySales(DateOnly Month, decimal Amount)
{
    internal int MonthIndex => Month.Year * 12 + Month.Month - 1;
}
