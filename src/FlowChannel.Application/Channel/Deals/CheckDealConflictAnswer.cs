using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Channel.Deals;
using FlowChannel.Workflows.Activities.Channel;

namespace FlowChannel.Application.Channel.Deals;

/// <summary>
/// Answers <c>FlowChannel.CheckDealConflict</c>: the registration against every other registration of the form,
/// each dated by when it was submitted, through <see cref="DealConflictDetector"/>. A conflict writes the matches
/// into the registration's conflict note, so the manager who decides sees them on the record.
/// </summary>
public sealed class CheckDealConflictAnswer(ChannelFigures figures) : ChannelAnswerHandler
{
    public const string FormId = "deal-registration";
    public const int DefaultWindowDays = 90;

    public override string ActivityType => CheckDealConflictActivity.Type;

    protected override async Task<ChannelAnswer> AnswerAsync(ChannelRequest request, CancellationToken ct)
    {
        var id = request.RequiredId("recordId");
        var window = request.WholeNumber("windowDays", DefaultWindowDays);
        var records = await figures.RecordsAsync(FormId, ct);
        var record = records.Find(r => r.Id == id) ?? throw new ChannelInputException("recordId", $"there is no deal registration '{id}'.");
        var byId = records.ToDictionary(r => r.Id.ToString());
        var check = DealConflictDetector.Check(Registration(record), [.. records.Select(Registration)], window);

        var answer = new ChannelAnswer(check.HasConflict ? CheckDealConflictActivity.Conflict : CheckDealConflictActivity.Clear);
        answer.OutputValues["matches"] = new JsonArray([.. check.Conflicts.Select(m => (JsonNode)Match(m, byId[m.RegistrationId]))]);
        answer.OutputValues["duplicates"] = new JsonArray([.. check.Duplicates.Select(m => (JsonNode)Match(m, byId[m.RegistrationId]))]);
        if (check.HasConflict)
        {
            var note = Note(check, byId, window);
            answer.OutputValues["note"] = note;
            answer.Update(record.Id, new JsonObject { ["conflictNote"] = note });
        }

        answer.SummaryText = string.Create(CultureInfo.InvariantCulture, $"{check.Conflicts.Count} conflict(s), {check.Duplicates.Count} duplicate(s) within {window} days");
        return answer;
    }

    private static DealRegistration Registration(ChannelRecord record) => new(
        record.Id.ToString(),
        (record.LinkId("partner") ?? record.PartnerId)?.ToString() ?? "",
        record.Text("customerName") ?? "",
        record.Text("customerCreditCode"),
        DateOnly.FromDateTime(record.CreatedAt),
        record.Text("status") switch
        {
            "approved" => RegistrationStatus.Approved,
            "won" => RegistrationStatus.Won,
            "rejected" => RegistrationStatus.Rejected,
            "expired" => RegistrationStatus.Expired,
            "lost" => RegistrationStatus.Lost,
            _ => RegistrationStatus.Pending,
        });

    private static JsonObject Match(DealMatch match, ChannelRecord other) => new()
    {
        ["registrationId"] = match.RegistrationId,
        ["dealNo"] = other.Text("dealNo"),
        ["partnerId"] = match.PartnerId,
        ["partnerName"] = other.Data["partner"]?["name"]?.DeepClone(),
        ["customerName"] = match.CustomerName,
        ["registeredOn"] = match.RegisteredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["status"] = match.Status.ToString(),
        ["basis"] = match.Basis.ToString(),
        ["daysApart"] = match.DaysApart,
    };

    private static string Note(DealCheck check, Dictionary<string, ChannelRecord> byId, int window)
    {
        var note = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"保护期 {window} 天内已有其他伙伴报备同一客户 / Registered by another partner within the {window}-day protection window:"));
        foreach (var match in check.Conflicts)
        {
            var other = byId[match.RegistrationId];
            var basis = match.Basis switch
            {
                MatchBasis.CreditCode => "信用代码 credit code",
                MatchBasis.Name => "客户名称 name",
                _ => "信用代码与名称 credit code and name",
            };
            note.Append(CultureInfo.InvariantCulture,
                $"\n- {other.Text("dealNo")} {(string?)other.Data["partner"]?["name"]} · {match.CustomerName} · {match.RegisteredOn:yyyy-MM-dd} · {basis} · {match.DaysApart} 天 days");
        }

        return note.ToString();
    }
}
