using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using FlowChannel.Channel.Common;
using FlowChannel.Channel.Leads;
using FlowChannel.Workflows.Activities.Channel;

namespace FlowChannel.Application.Channel.Leads;

/// <summary>
/// Answers <c>FlowChannel.AllocateLead</c>: a new lead is allocated; a lead whose assignment was declined or has
/// passed its accept-by time is reassigned without the partners who let it go; an accepted (or still pending in
/// time) lead is kept as it is. The assignment, accept-by time, rule and log are written onto the lead.
/// </summary>
public sealed class AllocateLeadAnswer(ChannelFigures figures, LeadCandidates candidates, LeadRules leadRules) : ChannelAnswerHandler
{
    public const string FormId = "lead";
    public const string Kept = AllocateLeadActivity.Kept;

    /// <summary>The rule used when admins have set none (lead-rule form): every lead, weighted round robin by contribution.</summary>
    public static readonly AllocationRule DefaultRule = new("default", 1, AllocationCriteria.Any, PickerKind.WeightedRoundRobin);

    public override string ActivityType => AllocateLeadActivity.Type;

    protected override async Task<ChannelAnswer> AnswerAsync(ChannelRequest request, CancellationToken ct)
    {
        var id = request.RequiredId("recordId");
        var record = (await figures.RecordsAsync(FormId, ct)).Find(r => r.Id == id)
            ?? throw new ChannelInputException("recordId", $"there is no lead '{id}'.");
        var now = new DateTimeOffset(request.Now, TimeSpan.Zero);
        var log = LeadLog.Read(record.Text("allocationLog"));
        var history = log.History(latestDeclined: record.Text("status") == "declined");
        if (record.Text("status") is "accepted" or "won" or "lost" || (history.Count > 0 && !LeadSla.NeedsReassignment(history, now)))
        {
            return new ChannelAnswer(Kept) { SummaryText = "The lead stays with its partner." };
        }

        var lead = new Lead(id.ToString(), record.Text("province"), record.Text("industry"), record.Data["premium"]?.GetValueKind() == System.Text.Json.JsonValueKind.True);
        var configured = await leadRules.ActiveAsync(ct);
        IReadOnlyList<AllocationRule> rules = configured.Count == 0 ? [DefaultRule] : [.. configured.Select(r => r.Rule)];
        var settings = new AllocationSettings(LeadRules.PremiumCap(configured, lead, request.WholeNumber("premiumCap", 3)), AcceptWithin(request.Text("acceptWithin")));
        var (pool, names) = await candidates.ReadAsync(id, now, ct);
        var draw = (decimal)Random.Shared.NextDouble();
        var result = history.Count == 0
            ? LeadAllocator.Allocate(lead, pool, rules, settings, now, draw)
            : LeadAllocator.Reassign(lead, history, pool, rules, settings, now, draw);
        log.Settle(history, now);
        log.Add(result, p => names.GetValueOrDefault(p));

        var answer = new ChannelAnswer(result.Assignment is null ? AllocateLeadActivity.Unassigned : AllocateLeadActivity.Assigned);
        var patch = new JsonObject { ["allocationLog"] = log.ToText() };
        if (result.Assignment is { } assignment)
        {
            var acceptBy = assignment.AcceptBy.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            patch["status"] = "assigned";
            patch["assignedPartner"] = new JsonObject { ["id"] = assignment.PartnerId, ["name"] = names.GetValueOrDefault(assignment.PartnerId) };
            patch["acceptBy"] = acceptBy;
            patch["allocationRule"] = string.Create(CultureInfo.InvariantCulture, $"{assignment.RuleId} v{assignment.RuleVersion} · {result.Log.DecidingRule?.Picker}");
            answer.OutputValues["partnerId"] = assignment.PartnerId;
            answer.OutputValues["partnerName"] = names.GetValueOrDefault(assignment.PartnerId);
            answer.OutputValues["acceptBy"] = acceptBy;
        }
        else
        {
            patch["status"] = history.Count == 0 ? "new" : "expired";
            patch["assignedPartner"] = null;
        }

        answer.Update(id, patch);
        answer.OutputValues["log"] = log.ToText();
        answer.SummaryText = result.Assignment is { } chosen ? $"Assigned to {names.GetValueOrDefault(chosen.PartnerId)}" : result.Outcome.ToString();
        return answer;
    }

    private static TimeSpan AcceptWithin(string? text)
    {
        if (text is null)
        {
            return TimeSpan.FromDays(2);
        }

        try
        {
            var span = text.StartsWith('P') ? XmlConvert.ToTimeSpan(text) : TimeSpan.Parse(text, CultureInfo.InvariantCulture);
            return span > TimeSpan.Zero ? span : throw new RuleException("acceptWithin", "The time to accept must be positive.");
        }
        catch (FormatException)
        {
            throw new ChannelInputException("acceptWithin", $"'{text}' is not a duration (2.00:00:00 or P2D).");
        }
    }
}
