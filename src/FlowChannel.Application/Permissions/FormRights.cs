using System.Text.Json.Nodes;
using FlowChannel.Forms.Permissions;

namespace FlowChannel.Application.Permissions;

/// <summary>
/// What one user may do on one form: the union of the permission sets they are in. An action is allowed on a record
/// when one of the sets granting it reaches the record; a field shows as much as the most generous of the user's sets.
/// Admins may do everything.
/// </summary>
public sealed class FormRights(string formId, bool isAdmin, IReadOnlyList<PermissionSetDefinition> sets, OrganisationPosition position)
{
    public string FormId { get; } = formId;

    public bool IsAdmin { get; } = isAdmin;

    /// <summary>The sets the user is in.</summary>
    public IReadOnlyList<PermissionSetDefinition> Sets { get; } = sets;

    public OrganisationPosition Position { get; } = position;

    public bool Can(string action) => IsAdmin || Sets.Any(s => s.Actions.Contains(action));

    /// <summary>The actions the user holds through any set (what the UI offers).</summary>
    public IReadOnlyList<string> Actions => [.. FormAction.All.Where(Can)];

    /// <summary>The scopes through which <paramref name="action"/> reaches records; empty when it reaches none.</summary>
    public IReadOnlyList<DataScope> ScopesFor(string action) =>
        IsAdmin ? [DataScope.All] : [.. Sets.Where(s => s.Actions.Contains(action)).SelectMany(s => s.Scopes).Distinct()];

    public FieldRight Field(string key) =>
        IsAdmin ? FieldRight.Edit : Sets.Count == 0 ? FieldRight.Hidden : Sets.Max(s => s.FieldRightOf(key));

    /// <summary>A copy of <paramref name="data"/> without the fields hidden from this user.</summary>
    public JsonObject Redact(JsonObject data)
    {
        if (IsAdmin)
        {
            return data;
        }
        var visible = new JsonObject();
        foreach (var (key, value) in data)
        {
            if (Field(key) != FieldRight.Hidden)
            {
                visible[key] = value?.DeepClone();
            }
        }
        return visible;
    }
}
