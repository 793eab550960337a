using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Activities.Scheduling;

namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>
/// Parses the approval step's settings. The same parsers check literal inputs at import (by JSON pointer) and
/// evaluated ones at run time (as an incident), so both report the same words.
/// </summary>
internal static class ApprovalInputs
{
    public const string Approvers = "approvers";
    public const string Mode = "mode";
    public const string Percentage = "percentage";
    public const string Actions = "actions";
    public const string FieldPermissions = "fieldPermissions";
    public const string DueIn = "dueIn";
    public const string RemindBefore = "remindBefore";
    public const string OverdueAction = "overdueAction";
    public const string AutoSkip = "autoSkip";
    public const string WhenNoApprover = "whenNoApprover";
    public const string AllowBatchApproval = "allowBatchApproval";

    private static readonly (string Name, ApprovalMode Mode)[] ModeNames =
    [
        ("any", ApprovalMode.AnyOne), ("anyOne", ApprovalMode.AnyOne), ("或签", ApprovalMode.AnyOne),
        ("all", ApprovalMode.All), ("countersign", ApprovalMode.All), ("会签", ApprovalMode.All),
        ("inOrder", ApprovalMode.InOrder), ("sequential", ApprovalMode.InOrder), ("依次", ApprovalMode.InOrder),
        ("percentage", ApprovalMode.Percentage), ("比例", ApprovalMode.Percentage),
    ];

    private static readonly (string Name, FieldAccess Access)[] AccessNames =
    [
        ("hidden", FieldAccess.Hidden), ("read", FieldAccess.Read), ("readonly", FieldAccess.Read),
        ("edit", FieldAccess.Edit), ("editable", FieldAccess.Edit),
    ];

    private static readonly (string Name, OverdueAction Action)[] OverdueNames =
        [.. Enum.GetValues<OverdueAction>().Select(a => (a.ToString(), a))];

    private static readonly (string Name, NoApproverAction Action)[] NoApproverNames =
        [.. Enum.GetValues<NoApproverAction>().Select(a => (a.ToString(), a))];

    public static ApprovalMode? ParseMode(JsonNode? value, out string? problem) =>
        Named(value, ModeNames, ApprovalMode.AnyOne, "a mode", out problem);

    public static int? ParsePercentage(JsonNode? value, out string? problem)
    {
        problem = null;
        if (value is null)
        {
            return 100;
        }

        var number = JsonScalars.TryGetDouble(value, out var n) ? n
            : JsonScalars.TryGetString(value, out var text) && double.TryParse(text.Trim().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture, out n) ? n
            : double.NaN;
        if (double.IsNaN(number) || number is <= 0 or > 100)
        {
            problem = $"expected a percentage from 1 to 100, got {value.ToJsonString()}";
            return null;
        }

        return (int)Math.Ceiling(number);
    }

    public static IReadOnlyList<string>? ParseActions(JsonNode? value, out string? problem)
    {
        problem = null;
        if (value is null)
        {
            return ApprovalAction.All;
        }

        var actions = new List<string>();
        foreach (var item in value as JsonArray ?? [value.DeepClone()])
        {
            var action = JsonScalars.TryGetString(item, out var text) ? ApprovalAction.Normalize(text) : null;
            if (action is null)
            {
                problem = $"unknown action {item?.ToJsonString() ?? "null"}; use {string.Join(", ", ApprovalAction.All)}";
                return null;
            }

            actions.Add(action);
        }

        // Approve and reject are what a step is for; a list without them would strand the task.
        return [.. actions.Union([ApprovalAction.Approve, ApprovalAction.Reject]).Distinct()];
    }

    public static Dictionary<string, FieldAccess>? ParseFields(JsonNode? value, out string? problem)
    {
        problem = null;
        var fields = new Dictionary<string, FieldAccess>(StringComparer.Ordinal);
        if (value is null)
        {
            return fields;
        }

        if (value is not JsonObject map)
        {
            problem = $"expected an object of field keys and hidden/read/edit, got {value.ToJsonString()}";
            return null;
        }

        foreach (var (key, access) in map)
        {
            var parsed = Named(access, AccessNames, FieldAccess.Read, "an access", out var accessProblem);
            if (parsed is null)
            {
                problem = $"field '{key}': {accessProblem}";
                return null;
            }

            fields[key] = parsed.Value;
        }

        return fields;
    }

    public static OverdueAction? ParseOverdue(JsonNode? value, out string? problem) =>
        Named(value, OverdueNames, Approvals.OverdueAction.None, "an overdue action", out problem);

    public static NoApproverAction? ParseNoApprover(JsonNode? value, out string? problem) =>
        Named(value, NoApproverNames, NoApproverAction.Admin, "a choice", out problem);

    /// <summary>A duration input; null with no problem when it is not set.</summary>
    public static TimeSpan? ParseDuration(JsonNode? value, out string? problem)
    {
        problem = null;
        if (value is null || (JsonScalars.TryGetString(value, out var text) && string.IsNullOrWhiteSpace(text)))
        {
            return null;
        }

        var span = TimerValues.Duration(value, out problem);
        if (span <= TimeSpan.Zero)
        {
            problem = $"a due time must be positive, got '{span}'";
            return null;
        }

        return span;
    }

    /// <summary>
    /// Object inputs may arrive as JSON text (an Elsa literal of type Object is a string); text that looks like JSON
    /// but is not is a problem, never silently a user name.
    /// </summary>
    public static JsonNode? FromJsonText(JsonNode? value, out string? problem)
    {
        problem = null;
        if (!JsonScalars.TryGetString(value, out var text) || text.TrimStart() is not ['[' or '{', ..])
        {
            return value;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException e)
        {
            problem = $"the JSON text is not valid ({e.Message})";
            return null;
        }
    }

    private static T? Named<T>(JsonNode? value, (string Name, T Value)[] names, T fallback, string what, out string? problem)
        where T : struct
    {
        problem = null;
        if (value is null)
        {
            return fallback;
        }

        var text = JsonScalars.TryGetString(value, out var s) ? s.Trim() : value.ToJsonString();
        foreach (var (name, parsed) in names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return parsed;
            }
        }

        problem = $"'{text}' is not {what}; use {string.Join(", ", names.Select(n => n.Name))}";
        return null;
    }
}
