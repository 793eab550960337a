namespace FlowChannel.Channel.Risk;

/// <summary>An invoice receivable: what is still owed is the amount less what has been paid.</summary>
public sealed record Receivable(string InvoiceId, DateOnly DueDate, decimal Amount, decimal Paid = 0m)
{
    public decimal Outstanding => Amount - Paid;
}

/// <summary>Age buckets by days past due (账龄).</summary>
public enum AgeBucket
{
    /// <summary>Not yet due, or due today.</summary>
    Current,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90,
}

/// <summary>One open invoice in an ageing report.</summary>
public sealed record AgedReceivable(string InvoiceId, DateOnly DueDate, decimal Outstanding, int DaysPastDue, AgeBucket Bucket);
