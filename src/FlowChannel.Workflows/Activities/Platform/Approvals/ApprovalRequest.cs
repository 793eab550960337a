using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>A step back to which an approver may return the record: an approval that completed earlier.</summary>
public sealed record ReturnTarget(string ActivityId, string? Name);

/// <summary>
/// Everything the host needs to run one approval round, carried by the step's bookmark: who (unresolved), how they
/// decide, what they may do and see, and when it is due. Times are absolute, computed when the step started.
/// </summary>
public sealed record ApprovalRequest
{
    public const string StageKey = "stage";
    public const string ApprovalStage = "approval";
    public const string ResubmitStage = "resubmit";

    public required string? Title { get; init; }
    public string? Description { get; init; }
    public string? RecordId { get; init; }
    public required IReadOnlyList<ApproverSpec> Approvers { get; init; }
    public ApprovalMode Mode { get; init; }

    /// <summary>For <see cref="ApprovalMode.Percentage"/>: the share that must approve, 1–100.</summary>
    public int Percentage { get; init; } = 100;
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>Per form field key; fields not listed are <see cref="DefaultFieldAccess"/>.</summary>
    public required IReadOnlyDictionary<string, FieldAccess> Fields { get; init; }
    public FieldAccess DefaultFieldAccess { get; init; } = FieldAccess.Read;
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? RemindAt { get; init; }

    /// <summary>How long each approver has from the moment their task opens (a later turn, a transfer, a signer).</summary>
    public TimeSpan? DueIn { get; init; }

    /// <summary>How long before their due time an approver is reminded.</summary>
    public TimeSpan? RemindBefore { get; init; }
    public OverdueAction OverdueAction { get; init; }
    public bool AutoSkip { get; init; }
    public NoApproverAction WhenNoApprover { get; init; }
    public IReadOnlyList<ReturnTarget> ReturnTargets { get; init; } = [];

    /// <summary>The step's <c>allowBatchApproval</c> input; null when unset (see <see cref="AllowsBatchApproval"/>).</summary>
    public bool? AllowBatchApproval { get; init; }

    /// <summary>
    /// Whether approving this step from a batch (one comment, no field edits) is allowed: the step must allow approve,
    /// and unless <see cref="AllowBatchApproval"/> says otherwise, a step that makes fields editable wants them looked at.
    /// </summary>
    public bool AllowsBatchApproval => Allows(ApprovalAction.Approve)
        && (AllowBatchApproval ?? (DefaultFieldAccess != FieldAccess.Edit && !Fields.Values.Contains(FieldAccess.Edit)));

    public bool Allows(string action) => Actions.Contains(action, StringComparer.OrdinalIgnoreCase);

    public FieldAccess AccessTo(string field) => Fields.GetValueOrDefault(field, DefaultFieldAccess);

    public JsonObject ToPayload() => new()
    {
        [StageKey] = ApprovalStage,
        ["title"] = Title,
        ["description"] = Description,
        ["recordId"] = RecordId,
        ["approvers"] = new JsonArray([.. Approvers.Select(a => (JsonNode)a.ToJson())]),
        ["mode"] = Mode.ToString(),
        ["percentage"] = Percentage,
        ["actions"] = new JsonArray([.. Actions.Select(a => (JsonNode?)a)]),
        ["fields"] = new JsonObject(Fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value.ToString()))),
        ["defaultFieldAccess"] = DefaultFieldAccess.ToString(),
        ["dueAt"] = DueAt,
        ["remindAt"] = RemindAt,
        ["dueIn"] = DueIn?.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ["remindBefore"] = RemindBefore?.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ["overdueAction"] = OverdueAction.ToString(),
        ["autoSkip"] = AutoSkip,
        ["whenNoApprover"] = WhenNoApprover.ToString(),
        ["allowBatchApproval"] = AllowBatchApproval,
        ["returnTargets"] = new JsonArray([.. ReturnTargets.Select(t => (JsonNode)new JsonObject { ["activityId"] = t.ActivityId, ["name"] = t.Name })]),
    };

    /// <summary>True for the payload of an approval round (not a resubmission request).</summary>
    public static bool IsApproval(JsonObject payload) => Stage(payload) is null or ApprovalStage;

    public static bool IsResubmit(JsonObject payload) => Stage(payload) == ResubmitStage;

    /// <summary>Reads a payload written by <see cref="ToPayload"/>; missing or odd values fall back to the defaults.</summary>
    public static ApprovalRequest FromPayload(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new ApprovalRequest
        {
            Title = Text(payload, "title"),
            Description = Text(payload, "description"),
            RecordId = Text(payload, "recordId"),
            Approvers = payload["approvers"] is JsonArray approvers ? [.. approvers.OfType<JsonObject>().Select(ApproverSpec.FromJson)] : LegacyApprovers(payload),
            Mode = Enum.TryParse<ApprovalMode>(Text(payload, "mode"), out var mode) ? mode : ApprovalMode.AnyOne,
            Percentage = JsonScalars.TryGetDouble(payload["percentage"], out var share) ? (int)share : 100,
            Actions = payload["actions"] is JsonArray actions ? [.. actions.Select(a => a?.GetValue<string>() ?? "")] : ApprovalAction.All,
            Fields = payload["fields"] is JsonObject fields
                ? fields.Where(f => Enum.TryParse<FieldAccess>(f.Value?.GetValue<string>(), out _))
                    .ToDictionary(f => f.Key, f => Enum.Parse<FieldAccess>(f.Value!.GetValue<string>()), StringComparer.Ordinal)
                : new Dictionary<string, FieldAccess>(),
            DefaultFieldAccess = Enum.TryParse<FieldAccess>(Text(payload, "defaultFieldAccess"), out var access) ? access : FieldAccess.Read,
            DueAt = Time(payload, "dueAt"),
            RemindAt = Time(payload, "remindAt"),
            DueIn = Span(payload, "dueIn"),
            RemindBefore = Span(payload, "remindBefore"),
            OverdueAction = Enum.TryParse<OverdueAction>(Text(payload, "overdueAction"), out var overdue) ? overdue : OverdueAction.None,
            AutoSkip = JsonScalars.TryGetBoolean(payload["autoSkip"], out var skip) && skip,
            AllowBatchApproval = JsonScalars.TryGetBoolean(payload["allowBatchApproval"], out var batch) ? batch : null,
            WhenNoApprover = Enum.TryParse<NoApproverAction>(Text(payload, "whenNoApprover"), out var none) ? none : NoApproverAction.Admin,
            ReturnTargets = payload["returnTargets"] is JsonArray targets
                ? [.. targets.OfType<JsonObject>().Where(t => Text(t, "activityId") is not null).Select(t => new ReturnTarget(Text(t, "activityId")!, Text(t, "name")))]
                : [],
        };
    }

    /// <summary>Bookmarks made before approver lists existed name one role or one assignee.</summary>
    private static List<ApproverSpec> LegacyApprovers(JsonObject payload) => Text(payload, "assignee") is { } user
        ? [new ApproverSpec(ApproverSpec.User, user)]
        : Text(payload, "role") is { } role ? [new ApproverSpec(ApproverSpec.Role, role)] : [];

    private static string? Stage(JsonObject payload) => Text(payload, StageKey);

    private static string? Text(JsonObject json, string name) =>
        JsonScalars.TryGetString(json[name], out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static TimeSpan? Span(JsonObject json, string name) =>
        TimeSpan.TryParseExact(Text(json, name), "c", System.Globalization.CultureInfo.InvariantCulture, out var span) ? span : null;

    private static DateTimeOffset? Time(JsonObject json, string name) =>
        DateTimeOffset.TryParse(Text(json, name), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var time) ? time : null;
}
