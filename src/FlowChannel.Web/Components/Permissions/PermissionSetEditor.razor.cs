using FlowChannel.Application.Organisation.Users;
using FlowChannel.Application.Permissions.Sets;
using FlowChannel.Forms.Permissions;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Permissions;

/// <summary>
/// Edits one permission set: members, actions, data scope, a right per field (the grid) with, for an editable choice
/// field, the options its members may set, or a preset to start from.
/// </summary>
public sealed partial class PermissionSetEditor
{
    private string? _preset;

    /// <summary>The set being written.</summary>
    [Parameter, EditorRequired] public PermissionSetEditModel Model { get; set; } = default!;

    /// <summary>The form's fields, for the rights grid and the member-field scope.</summary>
    [Parameter] public IReadOnlyList<PermissionFieldView> Fields { get; set; } = [];

    [Parameter] public IReadOnlyList<string> Actions { get; set; } = [];

    [Parameter] public IReadOnlyList<string> Presets { get; set; } = [];

    [Parameter] public IReadOnlyList<string> Roles { get; set; } = [];

    [Parameter] public IReadOnlyList<UserSummary> Users { get; set; } = [];

    /// <summary>The errors of the last save, each naming its place in the set.</summary>
    [Parameter] public IReadOnlyList<string> Errors { get; set; } = [];

    [Parameter] public bool Busy { get; set; }

    [Parameter] public EventCallback OnSave { get; set; }

    [Parameter] public EventCallback OnCancel { get; set; }

    // "*" (every signed-in user) and "anonymous" (public-link visitors) are members a set may name besides the roles.
    private IEnumerable<string> RoleChoices => Roles.Prepend(PermissionSetDefinition.Anonymous).Prepend(PermissionSetDefinition.Everyone).Distinct(StringComparer.Ordinal);

    private IEnumerable<PermissionFieldView> MemberFields => Fields.Where(f => f.Type is "Member" or "Members");

    private string RightOf(string field) => Model.Fields.TryGetValue(field, out var right) ? right : Model.FieldDefault;

    // An empty choice means no limit: the field may take any of its options.
    private void SetOptions(string field, IEnumerable<string>? values)
    {
        if (values is null || !values.Any())
        {
            Model.Options.Remove(field);
        }
        else
        {
            Model.Options[field] = [.. values];
        }
    }

    private void ApplyPreset()
    {
        if (_preset is { } preset)
        {
            Model.ApplyPreset(preset);
        }
    }
}
