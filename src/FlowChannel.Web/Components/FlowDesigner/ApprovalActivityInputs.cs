using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities.Platform.Approvals;

namespace FlowChannel.Web.Components.FlowDesigner;

/// <summary>The approval activity's input names and Elsa type names, as its descriptor declares them.</summary>
internal static class ApprovalActivityInputs
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

    private static readonly Dictionary<string, string> Types = new ApprovalActivity().Inputs.ToDictionary(i => i.Name, i => i.TypeName, StringComparer.Ordinal);

    public static string TypeOf(string input) => Types.GetValueOrDefault(input, "String");

    /// <summary>An Object input's literal: JSON text (as Elsa Studio writes it) parsed, other values as they are.</summary>
    public static JsonNode? FromJsonText(JsonNode? value)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || text.TrimStart() is not ['[' or '{', ..])
        {
            return value;
        }
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Shown as it is; the validator names the bad JSON on the node.
            return null;
        }
    }
}
