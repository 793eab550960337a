using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Permissions;

/// <summary>
/// One permission set of a form: who is in it (roles, users; <c>"*"</c> is every signed-in user), which actions it
/// grants, which records it reaches (scopes combine with "or") and how much of each field it shows.
/// </summary>
public sealed record PermissionSetDefinition(
    string Key,
    LocalizedText? Name,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Users,
    IReadOnlySet<string> Actions,
    IReadOnlyList<DataScope> Scopes,
    IReadOnlyDictionary<string, FieldRight> Fields,
    FieldRight FieldDefault)
{
    /// <summary>Every signed-in user.</summary>
    public const string Everyone = "*";

    /// <summary>Visitors of the form's public link, without an account: a set for them may only add records.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The set as written (the <c>submit</c> shorthand written out), which is what gets stored.</summary>
    public JsonObject Source { get; init; } = [];

    /// <summary>The right this set gives on <paramref name="fieldKey"/>; fields it does not list get the default.</summary>
    public FieldRight FieldRightOf(string fieldKey) => Fields.TryGetValue(fieldKey, out var right) ? right : FieldDefault;

    /// <summary>
    /// Per editable choice field, the option values this set lets its members write (<c>"status": {"right": "edit",
    /// "options": ["accepted"]}</c>); a field not here may take any of its options.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> OptionLimits { get; init; } = FieldRightsReader.NoLimits;

    /// <summary>The option values this set lets its members write into <paramref name="fieldKey"/>; null when it does not limit them.</summary>
    public IReadOnlySet<string>? OptionsOf(string fieldKey) => OptionLimits.TryGetValue(fieldKey, out var options) ? options : null;

    public bool Includes(string userId, Func<string, bool> isInRole) =>
        Users.Contains(userId, StringComparer.Ordinal) || Roles.Any(r => (r == Everyone && !isInRole(Anonymous)) || isInRole(r));

    /// <summary>Whether the form may be filled in through its public link.</summary>
    public bool IsPublic => Roles.Contains(Anonymous, StringComparer.Ordinal);
}
