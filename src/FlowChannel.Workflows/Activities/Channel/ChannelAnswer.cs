using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// The resume input a host sends a <see cref="ChannelActivity"/>:
/// <c>{ outcome, summary, outputs: {…}, creates: [{ formId, data, owner }], updates: [{ recordId, data, status, comment }] }</c>,
/// or <c>{ error }</c> for a problem the workflow's author must fix.
/// </summary>
public sealed class ChannelAnswer
{
    public const string Error = "error";
    public const string Outcome = "outcome";
    public const string Summary = "summary";
    public const string Outputs = "outputs";
    public const string Creates = "creates";
    public const string Updates = "updates";

    private readonly JsonArray _creates = [];
    private readonly JsonArray _updates = [];

    public ChannelAnswer(string outcome = ActivityResult.DoneOutcome) => OutcomeName = outcome;

    public string OutcomeName { get; set; }

    public JsonObject OutputValues { get; } = [];

    public string? SummaryText { get; set; }

    public int CreateCount => _creates.Count;

    public int UpdateCount => _updates.Count;

    public void Create(string formId, JsonObject data, string? owner = null) =>
        _creates.Add(new JsonObject { ["formId"] = formId, ["data"] = data, ["owner"] = owner });

    public void Update(Guid recordId, JsonObject? data, string? status = null, string? comment = null) =>
        _updates.Add(new JsonObject { ["recordId"] = recordId.ToString(), ["data"] = data, ["status"] = status, ["comment"] = comment });

    public JsonObject ToJson() => new()
    {
        [Outcome] = OutcomeName,
        [Summary] = SummaryText,
        [Outputs] = OutputValues.DeepClone(),
        [Creates] = _creates.DeepClone(),
        [Updates] = _updates.DeepClone(),
    };

    public static JsonObject Failed(string message) => new() { [Error] = message };
}
