using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Channel.Leads;
using FlowChannel.Channel.Common;
using FlowChannel.Channel.Scorecards;
using FlowChannel.Workflows.Activities.Channel;

namespace FlowChannel.Application.Channel.Scorecards;

/// <summary>
/// Answers <c>FlowChannel.ComputeScorecards</c>: each active partner with a sales goal for the year is scored on the
/// quarter's net sales (60 %) and collections (40 %) against the quarter's targets (the collections goal, else the
/// sales goal), capped at 120 %; the tier proposal weighs the earlier quarters' scores for hysteresis, and two
/// quarters below 50 flag the partner for elimination.
/// </summary>
public sealed class ComputeScorecardsAnswer(ChannelFigures figures, PartnerProfiles partners) : ChannelAnswerHandler
{
    public const string FormId = "partner-scorecard";
    private static readonly TierPolicy Policy = new();
    private static readonly EliminationRule Elimination = new();

    public override string ActivityType => ComputeScorecardsActivity.Type;

    protected override async Task<ChannelAnswer> AnswerAsync(ChannelRequest request, CancellationToken ct)
    {
        var period = ChannelPeriod.Parse(request.Text("period"), request.Now, quarters: true);
        if (!period.Label.Contains('Q', StringComparison.Ordinal))
        {
            throw new ChannelInputException("period", $"'{period.Label}' is a month; scorecards are by quarter (2026-Q1).");
        }

        var quarter = period.Label[^1];
        var goals = (await figures.RecordsAsync("partner-goal", ct)).Where(g => (int?)g.Number("year") == period.Year && g.LinkId("partner") is not null).ToList();
        var sales = await figures.SumByPartnerAsync("sales-order", "netAmount", "orderDate", period.Start, period.End, ct);
        var collected = await figures.SumByPartnerAsync("payment", "amount", "paymentDate", period.Start, period.End, ct);
        var cards = await figures.RecordsAsync(FormId, ct);
        var answer = new ChannelAnswer();
        var proposals = new JsonArray();
        foreach (var profile in (await partners.AllAsync(ct)).Values.Where(p => p.Text("status") is "active" or "probation"))
        {
            decimal? Target(string kind) => goals.Find(g => g.LinkId("partner") == profile.Id && g.Text("goalKind") == kind)?.Number($"q{quarter}Target");
            if (Target("sales") is not > 0m || Target("sales") is not { } salesTarget)
            {
                continue;
            }

            var card = Scorecard.Create([new("sales", 0.6m, salesTarget), new("collections", 0.4m, Target("collections") is > 0m and { } c ? c : salesTarget)]);
            var result = card.Score(new Dictionary<string, decimal> { ["sales"] = sales.GetValueOrDefault(profile.Id), ["collections"] = collected.GetValueOrDefault(profile.Id) });
            var score = Math.Round(result.Score, 2, MidpointRounding.AwayFromZero);
            var mine = cards.Where(c => c.LinkId("partner") == profile.Id).ToList();
            var earlier = mine.Where(c => string.CompareOrdinal(c.Text("period"), period.Label) < 0).OrderBy(c => c.Text("period"), StringComparer.Ordinal)
                .Select(c => c.Number("totalScore") ?? 0m).ToList();
            var tier = LeadCandidates.Tier(profile.Text("tier"));
            var proposal = Policy.Propose(tier, [.. earlier, score]);
            var data = new JsonObject
            {
                ["partner"] = PartnerProfiles.Link(profile),
                ["period"] = period.Label,
                ["metrics"] = new JsonArray([.. result.Metrics.Select(m => (JsonNode)new JsonObject
                {
                    ["metric"] = m.Key, ["weight"] = m.Weight * 100m, ["target"] = m.Target, ["actual"] = m.Actual,
                    ["lowerIsBetter"] = false, ["score"] = Math.Round(m.Normalised, 2, MidpointRounding.AwayFromZero),
                })]),
                ["totalScore"] = score,
                ["currentTier"] = Name(tier),
                ["proposedTier"] = Name(proposal.Proposed),
                ["change"] = proposal.Change switch
                {
                    TierChange.Promote => "promote", TierChange.Demote => "demote", TierChange.KeepWithinGrace => "keepWithinGrace", _ => "keep",
                },
                ["flaggedForElimination"] = Elimination.IsFlagged([.. earlier, score]),
                ["reason"] = proposal.Reason,
            };
            if (mine.Find(c => c.Text("period") == period.Label) is { } existing)
            {
                answer.Update(existing.Id, data);
            }
            else
            {
                answer.Create(FormId, data);
            }

            proposals.Add(data.DeepClone());
        }

        answer.OutputValues["proposals"] = proposals;
        answer.OutputValues["count"] = proposals.Count;
        answer.SummaryText = string.Create(CultureInfo.InvariantCulture, $"{period.Label}: {proposals.Count} scorecard(s)");
        return answer;
    }

    private static string Name(PartnerTier tier) => tier switch
    {
        PartnerTier.Core => "core",
        PartnerTier.Strategic => "strategic",
        _ => "ordinary",
    };
}
