using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Channel.Contribution;
using FlowChannel.Workflows.Activities.Channel;

namespace FlowChannel.Application.Channel.Contribution;

/// <summary>
/// Answers <c>FlowChannel.ComputeProfitSharing</c>: the quarter's actuals of every active partner (net sales, market
/// activities held, leads accepted or won) go through <see cref="ProfitSharing"/> with <see cref="Model"/>, and each
/// line is published as the partner's contribution-share record for the quarter (updated if there is one already).
/// </summary>
public sealed class ComputeProfitSharingAnswer(ChannelFigures figures, PartnerProfiles partners) : ChannelAnswerHandler
{
    public const string FormId = "contribution-share";

    public override string ActivityType => ComputeProfitSharingActivity.Type;

    /// <summary>
    /// Sales weigh 60 %, market development 25 %, service 15 %; a quarter's targets are the sales target, two market
    /// activities and three leads handled. Level A (score ≥ 80) counts one and a half times, B (≥ 60) once, C half.
    /// </summary>
    public static ContributionModel Model(decimal salesTarget) => new(
        new ContributionDimension(0.6m, salesTarget), new ContributionDimension(0.25m, 2m), new ContributionDimension(0.15m, 3m),
        [new ContributionLevel("A", 80m, 1.5m), new ContributionLevel("B", 60m, 1m), new ContributionLevel("C", 0m, 0.5m)]);

    protected override async Task<ChannelAnswer> AnswerAsync(ChannelRequest request, CancellationToken ct)
    {
        var period = ChannelPeriod.Parse(request.Text("period"), request.Now, quarters: true);
        var pool = Amount(request, "pool", null);
        var model = Model(Amount(request, "salesTarget", 1_000_000m));
        var sales = await figures.SumByPartnerAsync("sales-order", "netAmount", "orderDate", period.Start, period.End, ct);
        var activities = Count(await figures.RecordsAsync("market-activity", ct), "startDate", period, _ => true, "partner");
        var leads = Count(await figures.RecordsAsync("lead", ct), "acceptBy", period, l => l.Text("status") is "accepted" or "won", "assignedPartner");
        var active = (await partners.AllAsync(ct)).Values.Where(p => p.Text("status") == "active").OrderBy(p => p.Text("companyName"), StringComparer.Ordinal).ToList();
        var statement = ProfitSharing.Distribute(pool, model, [.. active.Select(p => new ContributionActuals(
            p.Id.ToString(), sales.GetValueOrDefault(p.Id), activities.GetValueOrDefault(p.Id), leads.GetValueOrDefault(p.Id)))]);

        var existing = (await figures.RecordsAsync(FormId, ct)).Where(r => r.Text("period") == period.Label)
            .Where(r => r.LinkId("partner") is not null).ToDictionary(r => r.LinkId("partner")!.Value);
        var answer = new ChannelAnswer();
        foreach (var (line, profile) in statement.Lines.Zip(active))
        {
            var data = new JsonObject
            {
                ["partner"] = PartnerProfiles.Link(profile),
                ["period"] = period.Label,
                ["salesScore"] = line.SalesPoints,
                ["marketScore"] = line.MarketDevelopmentPoints,
                ["serviceScore"] = line.ServicePoints,
                ["contributionScore"] = line.Score,
                ["level"] = line.Level,
                ["multiplier"] = line.Multiplier,
                ["share"] = line.Share,
                ["published"] = true,
            };
            if (existing.TryGetValue(profile.Id, out var record))
            {
                answer.Update(record.Id, data);
            }
            else
            {
                answer.Create(FormId, data);
            }
        }
        answer.OutputValues["count"] = statement.Lines.Count;
        answer.OutputValues["distributed"] = statement.Distributed;
        answer.SummaryText = string.Create(CultureInfo.InvariantCulture,
            $"{period.Label}: {statement.Distributed} of {pool} shared among {statement.Lines.Count} partner(s), model v{statement.ModelVersion}");
        return answer;
    }

    /// <summary>Records per partner (by <paramref name="partnerField"/>) dated in the period that pass <paramref name="counts"/>.</summary>
    private static Dictionary<Guid, decimal> Count(List<ChannelRecord> records, string dateField, ChannelPeriod period,
        Func<ChannelRecord, bool> counts, string partnerField) =>
        records.Where(r => counts(r) && r.LinkId(partnerField) is not null && InPeriod(r.Text(dateField), period))
            .GroupBy(r => r.LinkId(partnerField)!.Value).ToDictionary(g => g.Key, g => (decimal)g.Count());

    private static bool InPeriod(string? date, ChannelPeriod period) =>
        DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
        && at >= period.Start && at < period.End;

    private static decimal Amount(ChannelRequest request, string input, decimal? fallback) => request.Text(input) switch
    {
        null => fallback ?? throw new ChannelInputException(input, "is required."),
        var text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0m
            ? value : throw new ChannelInputException(input, $"'{text}' is not an amount of at least 0."),
    };
}
