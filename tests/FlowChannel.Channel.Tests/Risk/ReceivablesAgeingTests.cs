using FlowChannel.Channel.Risk;

namespace FlowChannel.Channel.Tests.Risk;

public sealed class ReceivablesAgeingTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static Receivable Invoice(string id, int year, int month, int day, decimal amount, decimal paid = 0m) =>
        new(id, new DateOnly(year, month, day), amount, paid);

    private static readonly Receivable[] Ledger =
    [
        Invoice("NOT-DUE", 2026, 11, 30, 1_000m),
        Invoice("DUE-TODAY", 2026, 11, 24, 500m),
        Invoice("D1", 2026, 11, 23, 100m),
        Invoice("D30", 2026, 10, 25, 200m, paid: 50m),
        Invoice("D31", 2026, 10, 24, 300m),
        Invoice("D60", 2026, 9, 25, 400m),
        Invoice("D61", 2026, 9, 24, 600m, paid: 100m),
        Invoice("D90", 2026, 8, 26, 700m),
        Invoice("D91", 2026, 8, 25, 800m),
        Invoice("PAID", 2026, 1, 1, 900m, paid: 900m),
        Invoice("OVERPAID", 2026, 1, 2, 900m, paid: 950m),
    ];

    [Fact]
    public void Invoices_fall_in_buckets_by_days_past_due_with_what_is_still_outstanding()
    {
        var report = ReceivablesAgeing.Age(Ledger, AsOf);

        Assert.Equal(1_500m, report.Totals[AgeBucket.Current]);
        Assert.Equal(250m, report.Totals[AgeBucket.Days1To30]);
        Assert.Equal(700m, report.Totals[AgeBucket.Days31To60]);
        Assert.Equal(1_200m, report.Totals[AgeBucket.Days61To90]);
        Assert.Equal(800m, report.Totals[AgeBucket.Over90]);
        Assert.Equal(4_450m, report.Total);
        Assert.Equal(2_950m, report.Overdue);
        Assert.Equal(91, report.OldestDaysPastDue);
    }

    [Fact]
    public void Paid_invoices_drop_out_and_lines_are_listed_by_due_date()
    {
        var report = ReceivablesAgeing.Age(Ledger, AsOf);

        Assert.Equal(["D91", "D90", "D61", "D60", "D31", "D30", "D1", "DUE-TODAY", "NOT-DUE"], report.Lines.Select(l => l.InvoiceId));
        Assert.Equal((150m, 30, AgeBucket.Days1To30), report.Lines.Where(l => l.InvoiceId == "D30").Select(l => (l.Outstanding, l.DaysPastDue, l.Bucket)).Single());
    }

    [Theory]
    [InlineData(-5, AgeBucket.Current)]
    [InlineData(0, AgeBucket.Current)]
    [InlineData(1, AgeBucket.Days1To30)]
    [InlineData(30, AgeBucket.Days1To30)]
    [InlineData(31, AgeBucket.Days31To60)]
    [InlineData(60, AgeBucket.Days31To60)]
    [InlineData(61, AgeBucket.Days61To90)]
    [InlineData(90, AgeBucket.Days61To90)]
    [InlineData(91, AgeBucket.Over90)]
    public void Bucket_boundaries(int days, AgeBucket bucket) =>
        Assert.Equal(bucket, ReceivablesAgeing.BucketOf(days));

    [Fact]
    public void Money_over_90_days_is_critical_with_the_bucket_figures()
    {
        var warning = Assert.Single(ReceivablesAgeing.Check(ReceivablesAgeing.Age(Ledger, AsOf)));

        Assert.Equal((RiskType.OverdueReceivables, RiskSeverity.Critical), (warning.Type, warning.Severity));
        Assert.Equal(2_950m, warning.Figure("overdue"));
        Assert.Equal(800m, warning.Figure("over90"));
        Assert.Equal(91m, warning.Figure("oldestDaysPastDue"));
    }

    [Fact]
    public void Money_over_30_days_is_a_warning_and_within_30_days_is_info()
    {
        Assert.Equal(RiskSeverity.Warning, Assert.Single(ReceivablesAgeing.Check(ReceivablesAgeing.Age([Ledger[4]], AsOf))).Severity);
        Assert.Equal(RiskSeverity.Warning, Assert.Single(ReceivablesAgeing.Check(ReceivablesAgeing.Age([Ledger[7]], AsOf))).Severity);
        Assert.Equal(RiskSeverity.Info, Assert.Single(ReceivablesAgeing.Check(ReceivablesAgeing.Age([Ledger[2], Ledger[3]], AsOf))).Severity);
    }

    [Fact]
    public void Nothing_overdue_raises_nothing() =>
        Assert.Empty(ReceivablesAgeing.Check(ReceivablesAgeing.Age([Ledger[0], Ledger[1], Ledger[9]], AsOf)));

    [Fact]
    public void An_empty_ledger_has_every_bucket_at_zero()
    {
        var report = ReceivablesAgeing.Age([], AsOf);

        Assert.Equal(5, report.Totals.Count);
        Assert.All(report.Totals.Values, v => Assert.Equal(0m, v));
        Assert.Equal(0, report.OldestDaysPastDue);
        Assert.Empty(ReceivablesAgeing.Check(report));
    }
}
