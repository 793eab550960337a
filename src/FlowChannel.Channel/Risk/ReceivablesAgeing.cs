namespace FlowChannel.Channel.Risk;

/// <summary>
/// Overdue receivables by age bucket as of a date (current, 1–30, 31–60, 61–90, over 90 days past due). Partly
/// paid invoices count with what is still outstanding; paid (or overpaid) ones drop out.
/// </summary>
public static class ReceivablesAgeing
{
    public static AgeingReport Age(IReadOnlyList<Receivable> receivables, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(receivables);
        var lines = receivables
            .Where(r => r.Outstanding > 0m)
            .Select(r =>
            {
                var days = asOf.DayNumber - r.DueDate.DayNumber;
                return new AgedReceivable(r.InvoiceId, r.DueDate, r.Outstanding, days, BucketOf(days));
            })
            .OrderBy(l => l.DueDate)
            .ThenBy(l => l.InvoiceId, StringComparer.Ordinal)
            .ToList();
        var totals = Enum.GetValues<AgeBucket>().ToDictionary(b => b, b => lines.Where(l => l.Bucket == b).Sum(l => l.Outstanding));
        return new AgeingReport(asOf, lines, totals);
    }

    public static AgeBucket BucketOf(int daysPastDue) => daysPastDue switch
    {
        <= 0 => AgeBucket.Current,
        <= 30 => AgeBucket.Days1To30,
        <= 60 => AgeBucket.Days31To60,
        <= 90 => AgeBucket.Days61To90,
        _ => AgeBucket.Over90,
    };

    /// <summary>
    /// One warning when anything is overdue: Critical with money over 90 days past due, Warning with money over
    /// 30 days, Info when all of it is within 30 days.
    /// </summary>
    public static IReadOnlyList<RiskWarning> Check(AgeingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Overdue <= 0m)
        {
            return [];
        }
        var severity = report.Totals[AgeBucket.Over90] > 0m ? RiskSeverity.Critical
            : report.Totals[AgeBucket.Days31To60] + report.Totals[AgeBucket.Days61To90] > 0m ? RiskSeverity.Warning
            : RiskSeverity.Info;
        return
        [
            new RiskWarning(
                RiskType.OverdueReceivables,
                severity,
                [
                    new("outstanding", report.Total),
                    new("overdue", report.Overdue),
                    new("days1To30", report.Totals[AgeBucket.Days1To30]),
                    new("days31To60", report.Totals[AgeBucket.Days31To60]),
                    new("days61To90", report.Totals[AgeBucket.Days61To90]),
                    new("over90", report.Totals[AgeBucket.Over90]),
                    new("oldestDaysPastDue", report.OldestDaysPastDue),
                ]),
        ];
    }
}
