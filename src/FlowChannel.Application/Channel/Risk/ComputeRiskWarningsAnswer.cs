using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Channel.Risk;
using FlowChannel.Workflows.Activities.Channel;

namespace FlowChannel.Application.Channel.Risk;

/// <summary>
/// Answers <c>FlowChannel.ComputeRiskWarnings</c>: one risk-warning record per finding, owned by the partner's
/// channel manager, unless the partner already has an open (not resolved or closed) warning of that type, so a daily
/// run does not raise the same warning every day. A critical credit or overdue finding proposes freezing credit.
/// </summary>
public sealed class ComputeRiskWarningsAnswer(RiskFindings findings, PartnerProfiles partners, ChannelFigures figures) : ChannelAnswerHandler
{
    public const string FormId = "risk-warning";

    public override string ActivityType => ComputeRiskWarningsActivity.Type;

    protected override async Task<ChannelAnswer> AnswerAsync(ChannelRequest request, CancellationToken ct)
    {
        var profiles = await partners.AllAsync(ct);
        var active = profiles.Values.Where(p => p.Text("status") is "active" or "probation").ToList();
        var open = (await figures.RecordsAsync(FormId, ct))
            .Where(w => w.Text("status") is not ("resolved" or "closed") && w.LinkId("partner") is not null)
            .Select(w => (w.LinkId("partner")!.Value, w.Text("riskType"))).ToHashSet();
        var answer = new ChannelAnswer();
        var raised = new JsonArray();
        foreach (var (partnerId, warning) in await findings.FindAsync(active, request.Now, ct))
        {
            var type = FormType(warning.Type);
            if (!open.Add((partnerId, type)))
            {
                continue;
            }

            var profile = profiles[partnerId];
            var data = new JsonObject
            {
                ["partner"] = PartnerProfiles.Link(profile),
                ["riskType"] = type,
                ["severity"] = warning.Severity switch { RiskSeverity.Critical => "critical", RiskSeverity.Warning => "high", _ => "medium" },
                ["indicator"] = warning.Subject is { Length: > 0 } subject ? $"{warning.Type} · {subject}" : warning.Type.ToString(),
                ["figures"] = string.Join('\n', warning.Figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name}: {f.Value}"))),
                ["detectedAt"] = request.Now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["owner"] = profile.Data["owner"]?.DeepClone(),
                ["status"] = "open",
                ["action"] = warning.Severity == RiskSeverity.Critical
                    ? type is "creditUtilisation" or "overdue" ? "freezeCredit" : "probation"
                    : "none",
            };
            answer.Create(FormId, data);
            raised.Add(data.DeepClone());
        }

        answer.OutputValues["findings"] = raised;
        answer.OutputValues["count"] = raised.Count;
        answer.SummaryText = string.Create(CultureInfo.InvariantCulture, $"{raised.Count} new warning(s) for {active.Count} partner(s)");
        return answer;
    }

    private static string FormType(RiskType type) => type switch
    {
        RiskType.CreditUtilisation => "creditUtilisation",
        RiskType.OverdueReceivables or RiskType.DaysSalesOutstanding => "overdue",
        RiskType.InventoryWeeksOfSupply or RiskType.SellInAboveSellThrough => "inventory",
        _ => "performance",
    };
}
