using System.Text.Json.Nodes;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Validation;

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

    /// <summary>
    /// The option values the user may write into choice field <paramref name="key"/>: the union of the lists of the
    /// sets that let them edit it. Null when nothing limits them: an admin, a set that edits the field without a list,
    /// or no set that edits it at all (their field right, or a task's step, decides then).
    /// </summary>
    public IReadOnlySet<string>? AllowedOptions(string key)
    {
        if (IsAdmin)
        {
            return null;
        }
        var editing = Sets.Where(s => s.FieldRightOf(key) == FieldRight.Edit).ToList();
        if (editing.Count == 0 || editing.Any(s => s.OptionsOf(key) is null))
        {
            return null;
        }
        return editing.SelectMany(s => s.OptionsOf(key)!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The refusals of option values in <paramref name="written"/> the user may not set, each at
    /// <paramref name="prefix"/> + the field's key; <paramref name="kept"/> gives each field's value before the write,
    /// which may always stay.
    /// </summary>
    public IEnumerable<FieldError> OptionRefusals(JsonObject written, Func<string, JsonNode?> kept, string prefix)
    {
        foreach (var (key, value) in written)
        {
            if (AllowedOptions(key) is { } allowed && OptionLimits.FirstRefused(allowed, value, kept(key)) is { } refused)
            {
                yield return new FieldError(prefix + key, FieldErrorCodes.OptionNotAllowed,
                    $"You may not set '{key}' to '{refused}'; you may choose {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.");
            }
        }
    }

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
