using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Channel.Contribution;
using FlowChannel.Workflows.Activities.Channel;

namespace FlowChannel.Application.Channel.Contribution;

/// <summary>
/// Answers <c>FlowChannel.ComputeProfitSharing</c>: the quarter's actuals of every active partner (net sales, market
/// activities held, leads accepted or won) go through <see cref="ProfitSharing"/> with <see cref="Model"/>. With
/// <c>publish</c> off the lines only come back as a <c>proposal</c> for a director to approve, and nothing is written,
/// so no partner sees an unapproved share; given an approved <c>proposal</c>, exactly its lines are published as the
/// partners' contribution-share records (updated if the quarter has them already).
/// </summary>
public sealed class ComputeProfitSharingAnswer(ChannelFigures figures, PartnerProfiles partners) : ChannelAnswerHandler
{
    public const string FormId = ProfitShareProposal.FormId;

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
        var proposal = request.Inputs["proposal"] is JsonObject approved ? ProfitShareProposal.Read(approved) : await ComputeAsync(request, ct);
        var answer = new ChannelAnswer();
        answer.OutputValues["count"] = proposal.Lines.Count;
        answer.OutputValues["distributed"] = proposal.Distributed;
        answer.OutputValues["proposal"] = proposal.ToJson();
        answer.OutputValues["summary"] = proposal.Summary();
        if (request.Inputs["proposal"] is JsonObject || Flag(request, "publish", fallback: true))
        {
            await PublishAsync(proposal, answer, ct);
        }
        answer.SummaryText = proposal.Summary().Split('\n')[0];
        return answer;
    }

    private async Task<ProfitShareProposal> ComputeAsync(ChannelRequest request, CancellationToken ct)
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
        return ProfitShareProposal.From(period.Label, statement, active);
    }

    /// <summary>Each line becomes the partner's published record for the period: updated when there is one, else created.</summary>
    private async Task PublishAsync(ProfitShareProposal proposal, ChannelAnswer answer, CancellationToken ct)
    {
        var existing = (await figures.RecordsAsync(FormId, ct)).Where(r => r.Text("period") == proposal.Period)
            .Where(r => r.LinkId("partner") is not null).ToDictionary(r => r.LinkId("partner")!.Value);
        foreach (var line in proposal.Lines)
        {
            var data = (JsonObject)line.DeepClone();
            data["published"] = true;
            if (existing.TryGetValue(ProfitShareProposal.PartnerOf(line), out var record))
            {
                answer.Update(record.Id, data);
            }
            else
            {
                answer.Create(FormId, data);
            }
        }
    }

    /// <summary>Records per partner (by <paramref name="partnerField"/>) dated in the period that pass <paramref name="counts"/>.</summary>
    private static Dictionary<Guid, decimal> Count(List<ChannelRecord> records, string dateField, ChannelPeriod period,
        Func<ChannelRecord, bool> counts, string partnerField) =>
        records.Where(r => counts(r) && r.LinkId(partnerField) is not null && InPeriod(r.Text(dateField), period))
            .GroupBy(r => r.LinkId(partnerField)!.Value).ToDictionary(g => g.Key, g => (decimal)g.Count());

    private static bool InPeriod(string? date, ChannelPeriod period) =>
        DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
        && at >= period.Start && at < period.End;

    private static bool Flag(ChannelRequest request, string input, bool fallback) => request.Text(input) switch
    {
        null => fallback,
        var text => bool.TryParse(text, out var value) ? value : throw new ChannelInputException(input, $"'{text}' is not true or false."),
    };

    private static decimal Amount(ChannelRequest request, string input, decimal? fallback) => request.Text(input) switch
    {
        null => fallback ?? throw new ChannelInputException(input, "is required."),
        var text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0m
            ? value : throw new ChannelInputException(input, $"'{text}' is not an amount of at least 0."),
    };
}
