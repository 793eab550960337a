using System.Text.Json.Nodes;
using FlowChannel.Web.FlowDesigner;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using FlowChannel.Workflows.Model;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.FlowDesigner;

/// <summary>
/// Edits an approval node's settings as the literal JSON the approval activity reads (lists and maps as JSON text,
/// as Elsa writes Object inputs); an expression for the approvers is kept as JavaScript instead.
/// </summary>
public sealed partial class ApprovalPanel
{
    private static readonly string[] ApproverTypes = [ApproverSpec.User, ApproverSpec.Role, ApproverSpec.DepartmentHead, ApproverSpec.Field, ApproverSpec.Submitter];
    private static readonly string[] Modes = ["any", "all", "inOrder", "percentage"];
    private static readonly string[] Accesses = ["hidden", "read", "edit"];

    [Parameter, EditorRequired] public FlowDesignerState State { get; set; } = default!;

    [Parameter, EditorRequired] public string NodeId { get; set; } = "";

    /// <summary>The bound form's fields (key, label) for the permission grid.</summary>
    [Parameter] public IReadOnlyList<(string Key, string Label)> FormFields { get; set; } = [];

    [Parameter] public EventCallback OnChanged { get; set; }

    private JsonObject Node => State.Document.Node(NodeId) ?? [];

    private bool ApproversByScript => Node[ApprovalActivityInputs.Approvers]?["expression"]?["type"]?.ToString() == nameof(ExpressionType.JavaScript);

    private List<(string Type, string? Value)> Approvers => ParsedLiteral(ApprovalActivityInputs.Approvers) is JsonArray items
        ? [.. items.OfType<JsonObject>().Select(a => (a["type"]?.ToString() ?? ApproverSpec.Role, a["value"]?.ToString()))]
        : [];

    private string Mode => Modes.FirstOrDefault(m => string.Equals(m, Literal(ApprovalActivityInputs.Mode), StringComparison.OrdinalIgnoreCase)) ?? "any";

    private IReadOnlyList<string> Actions => ParsedLiteral(ApprovalActivityInputs.Actions) is JsonArray listed
        ? [.. listed.Select(a => ApprovalAction.Normalize(a?.ToString())).OfType<string>()]
        : ApprovalAction.All;

    private string AccessOf(string key) =>
        ParsedLiteral(ApprovalActivityInputs.FieldPermissions)?[key]?.ToString() is { } access && Accesses.Contains(access) ? access : "read";

    private string? Literal(string input) => Node[input]?["expression"]?["value"] switch
    {
        null => null,
        JsonValue v => v.ToString(),
        var other => other.ToJsonString(),
    };

    // Object inputs are stored as JSON text (as Elsa Studio writes them) but read either way.
    private JsonNode? ParsedLiteral(string input) =>
        Node[input]?["expression"] is JsonObject e && e["type"]?.ToString() is null or "Literal" or "Object"
            ? e["value"] is JsonValue v && v.TryGetValue<string>(out var text) ? ApprovalActivityInputs.FromJsonText(JsonValue.Create(text)) : e["value"]
            : null;

    private Task SetJsonAsync(string input, JsonNode? value)
    {
        State.Editor.SetInput(NodeId, input, "Object", ExpressionType.Literal, value is null ? null : JsonValue.Create(value.ToJsonString()));
        return OnChanged.InvokeAsync();
    }

    private Task SetTextAsync(string input, string? value, bool asNumber = false)
    {
        JsonNode? literal = string.IsNullOrWhiteSpace(value) ? null
            : asNumber && int.TryParse(value, out var n) ? JsonValue.Create(n) : JsonValue.Create(value.Trim());
        var typeName = ApprovalActivityInputs.TypeOf(input);
        State.Editor.SetInput(NodeId, input, typeName, ExpressionType.Literal, literal);
        return OnChanged.InvokeAsync();
    }

    private Task SaveApproversAsync(List<(string Type, string? Value)> approvers) =>
        SetJsonAsync(ApprovalActivityInputs.Approvers, new JsonArray([.. approvers.Select(a => (JsonNode)new JsonObject { ["type"] = a.Type, ["value"] = a.Value })]));

    private Task SetApproverSourceAsync(string? source)
    {
        if (source == "script")
        {
            State.Editor.SetInput(NodeId, ApprovalActivityInputs.Approvers, "Object", ExpressionType.JavaScript, JsonValue.Create("return [{ type: 'role', value: 'manager' }];"));
            return OnChanged.InvokeAsync();
        }
        return SaveApproversAsync([]);
    }

    private Task AddApproverAsync() => SaveApproversAsync([.. Approvers, (ApproverSpec.Role, "")]);

    private Task RemoveApproverAsync(int index)
    {
        var list = Approvers;
        list.RemoveAt(index);
        return SaveApproversAsync(list);
    }

    private Task SetApproverAsync(int index, string? type, string? value)
    {
        var list = Approvers;
        list[index] = (type ?? ApproverSpec.Role, value);
        return SaveApproversAsync(list);
    }

    private Task ToggleActionAsync(string action, bool on)
    {
        var actions = Actions.Where(a => a != action).Concat(on ? [action] : []);
        return SetJsonAsync(ApprovalActivityInputs.Actions, new JsonArray([.. ApprovalAction.All.Where(actions.Contains).Select(a => (JsonNode)JsonValue.Create(a))]));
    }

    private Task SetAccessAsync(string key, string access)
    {
        var map = ParsedLiteral(ApprovalActivityInputs.FieldPermissions) as JsonObject ?? [];
        map = map.DeepClone().AsObject();
        map[key] = access;
        return SetJsonAsync(ApprovalActivityInputs.FieldPermissions, map);
    }
}
