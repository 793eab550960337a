using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Channel.Rebates;
using FlowChannel.Workflows.Activities.Channel;

namespace FlowChannel.Application.Channel.Rebates;

/// <summary>
/// Answers <c>FlowChannel.SettleRebates</c>: period-to-date settlement (domain.md §2). The basis to date is the
/// partner's net sales (sales less returns) or payments from the program year's first day to the period's end,
/// summed by the database; what was settled before is the sum of the partner's statements of this program for
/// other periods; the difference is this period's settlement, negative for a clawback.
/// </summary>
public sealed class SettleRebatesAnswer(ChannelFigures figures, PartnerProfiles partners) : ChannelAnswerHandler
{
    public const string StatementFormId = "rebate-statement";

    public override string ActivityType => SettleRebatesActivity.Type;

    protected override async Task<ChannelAnswer> AnswerAsync(ChannelRequest request, CancellationToken ct)
    {
        var period = ChannelPeriod.Parse(request.Text("period"), request.Now, quarters: false);
        var programs = request.Text("program") is { } named ? [await FindProgramAsync(named, ct)] : await ActiveProgramsAsync(period.Year, ct);
        var answer = new ChannelAnswer();
        var lines = new JsonArray();
        var total = 0m;
        foreach (var program in programs)
        {
            if (period.Year != program.Year)
            {
                throw new ChannelInputException("period", $"'{period.Label}' is not in the year {program.Year} of program '{program.Program.Id}'.");
            }

            total += await SettleAsync(program, period, answer, lines, ct);
        }

        answer.OutputValues["statements"] = lines;
        answer.OutputValues["total"] = total;
        answer.SummaryText = string.Create(CultureInfo.InvariantCulture, $"{period.Label}: {programs.Count} program(s), {lines.Count} statement(s), {total:0.00} in all");
        return answer;
    }

    /// <summary>Adds one program's statements to <paramref name="answer"/>; returns their settlements' sum.</summary>
    private async Task<decimal> SettleAsync(RebateProgramRecord program, ChannelPeriod period, ChannelAnswer answer, JsonArray lines, CancellationToken ct)
    {
        var basis = program.Program.Basis == RebateBasis.Sales
            ? await figures.SumByPartnerAsync("sales-order", "netAmount", "orderDate", period.YearStart, period.End, ct)
            : await figures.SumByPartnerAsync("payment", "amount", "paymentDate", period.YearStart, period.End, ct);
        var statements = await figures.RecordsAsync(StatementFormId, ct, "program", program.Record.Id);
        var current = statements.Where(s => s.Text("period") == period.Label && s.LinkId("partner") is not null)
            .ToDictionary(s => s.LinkId("partner")!.Value);
        var settled = await figures.SumLinkedByPartnerAsync(StatementFormId, "settlement", "program", program.Record.Id, [.. current.Values.Select(s => s.Id)], ct);

        var profiles = await partners.AllAsync(ct);
        var total = 0m;
        // Everyone with a basis, and everyone settled before: a partner whose sales were all returned is clawed back too.
        foreach (var partnerId in basis.Keys.Union(settled.Keys).Order())
        {
            if (!profiles.TryGetValue(partnerId, out var profile) || (program.Tiers.Count > 0 && !program.Tiers.Contains(profile.Text("tier") ?? "")))
            {
                continue;
            }

            var line = RebateSettlement.Settle(program.Program, period.Label, basis.GetValueOrDefault(partnerId), settled.GetValueOrDefault(partnerId));
            var data = StatementData(line, PartnerProfiles.Link(profile), new JsonObject { ["id"] = program.Record.Id.ToString(), ["name"] = program.Name });
            if (current.TryGetValue(partnerId, out var existing))
            {
                answer.Update(existing.Id, data);
            }
            else
            {
                answer.Create(StatementFormId, data);
            }

            total += line.Settlement;
            lines.Add(data.DeepClone());
        }

        return total;
    }

    private async Task<List<RebateProgramRecord>> ActiveProgramsAsync(int year, CancellationToken ct) =>
        [.. (await figures.RecordsAsync(RebateProgramRecord.FormId, ct))
            .Where(r => r.Text("status") == "active" && (int?)r.Number("year") == year)
            .Select(RebateProgramRecord.From)];

    private async Task<RebateProgramRecord> FindProgramAsync(string program, CancellationToken ct)
    {
        var ids = Guid.TryParse(program, out var id) ? [id] : await figures.IdsWhereTextAsync(RebateProgramRecord.FormId, "programCode", program, ct);
        var record = (await figures.RecordsAsync(RebateProgramRecord.FormId, ct)).FirstOrDefault(r => ids.Contains(r.Id))
            ?? throw new ChannelInputException("program", $"there is no rebate program '{program}'.");
        return RebateProgramRecord.From(record);
    }

    private static JsonObject StatementData(RebateStatementLine line, JsonObject partner, JsonObject program) => new()
    {
        ["partner"] = partner,
        ["program"] = program,
        ["period"] = line.Period,
        ["basisKind"] = line.BasisKind == RebateBasis.Sales ? "sales" : "collections",
        ["method"] = line.Method == RebateMethod.Retroactive ? "retroactive" : "incremental",
        ["basisToDate"] = line.BasisToDate,
        ["tierNumber"] = line.TierNumber,
        ["rate"] = line.Rate * 100m,
        ["earnedToDate"] = line.EarnedToDate,
        ["capped"] = line.Capped,
        ["settledBefore"] = line.SettledBefore,
        ["settlement"] = line.Settlement,
        ["ruleVersion"] = line.RuleVersion,
        ["status"] = "pending",
    };
}
