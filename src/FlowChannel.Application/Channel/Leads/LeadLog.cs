using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Channel.Leads;

namespace FlowChannel.Application.Channel.Leads;

/// <summary>
/// The allocation log kept on a lead (<c>allocationLog</c>, JSON): every assignment with its accept-by time and how it
/// ended, which later reassignments read, and every decision with its rule, the eligible candidates and their
/// weights, how many were excluded for which reason, and the choice. Older decisions are dropped first when the
/// log outgrows its field; assignments never are.
/// </summary>
public sealed class LeadLog
{
    public const int MaxLength = 4000;

    private readonly JsonArray _assignments;
    private readonly JsonArray _decisions;

    private LeadLog(JsonArray assignments, JsonArray decisions) => (_assignments, _decisions) = (assignments, decisions);

    public static LeadLog Read(string? text)
    {
        var log = string.IsNullOrWhiteSpace(text) ? null : TryParse(text);
        return new LeadLog(log?["assignments"] as JsonArray ?? [], log?["decisions"] as JsonArray ?? []);
    }

    /// <summary>The assignments, the latest marked declined when the lead says so.</summary>
    public List<AssignmentRecord> History(bool latestDeclined)
    {
        var history = _assignments.OfType<JsonObject>().Select(a => new AssignmentRecord(
            (string?)a["partner"] ?? "", Time(a["at"]), Time(a["acceptBy"]),
            Enum.TryParse<AssignmentState>((string?)a["state"], true, out var state) ? state : AssignmentState.Pending)).ToList();
        if (latestDeclined && history.Count > 0 && history[^1].State == AssignmentState.Pending)
        {
            history[^1] = history[^1] with { State = AssignmentState.Declined };
        }

        return history;
    }

    /// <summary>Records how the earlier assignments stand at <paramref name="now"/> (expired, declined).</summary>
    public void Settle(IReadOnlyList<AssignmentRecord> history, DateTimeOffset now)
    {
        for (var i = 0; i < history.Count && i < _assignments.Count; i++)
        {
            _assignments[i]!["state"] = LeadSla.StateAt(history[i], now).ToString();
        }
    }

    public void Add(AllocationResult result, Func<string, string?> names)
    {
        ArgumentNullException.ThrowIfNull(result);
        var entry = result.Log;
        var rule = entry.DecidingRule ?? (entry.Attempts.Count > 0 ? entry.Attempts[^1] : null);
        _decisions.Add(new JsonObject
        {
            ["at"] = Text(entry.DecidedAt),
            ["outcome"] = entry.Outcome.ToString(),
            ["rule"] = rule?.RuleId,
            ["version"] = rule?.RuleVersion,
            ["picker"] = rule?.Picker.ToString(),
            ["eligible"] = new JsonArray([.. (rule?.Candidates ?? []).Where(c => c.Eligible).Select(c => (JsonNode)new JsonObject
            {
                ["partner"] = c.PartnerId, ["name"] = names(c.PartnerId), ["weight"] = c.Weight, ["share"] = c.Share,
            })]),
            ["excluded"] = new JsonObject([.. (rule?.Candidates ?? []).SelectMany(c => c.Reasons).GroupBy(r => r.ToString())
                .Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count()))]),
            ["choice"] = entry.Choice?.PartnerId,
            ["reason"] = entry.Choice is { } choice ? $"{choice.Reason}: {choice.Detail}" : null,
            ["draw"] = entry.Draw,
            ["leftOut"] = new JsonArray([.. entry.ExcludedForThisLead.Select(p => (JsonNode?)p)]),
        });
        if (result.Assignment is { } assignment)
        {
            _assignments.Add(new JsonObject
            {
                ["partner"] = assignment.PartnerId, ["name"] = names(assignment.PartnerId), ["at"] = Text(assignment.AssignedAt),
                ["acceptBy"] = Text(assignment.AcceptBy), ["rule"] = assignment.RuleId, ["state"] = nameof(AssignmentState.Pending),
            });
        }
    }

    public string ToText()
    {
        var text = Json();
        while (text.Length > MaxLength && _decisions.Count > 1)
        {
            _decisions.RemoveAt(0);
            text = Json();
        }

        return text;
    }

    private string Json() => new JsonObject { ["assignments"] = _assignments.DeepClone(), ["decisions"] = _decisions.DeepClone() }.ToJsonString();

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            // A log someone typed over by hand is started afresh rather than failing the allocation.
            return null;
        }
    }

    private static DateTimeOffset Time(JsonNode? value) =>
        DateTimeOffset.TryParse((string?)value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : DateTimeOffset.MinValue;

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
