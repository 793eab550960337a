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
    public const string Everyone = "*";

    /// <summary>The set as written (the <c>submit</c> shorthand written out), which is what gets stored.</summary>
    public JsonObject Source { get; init; } = [];

    /// <summary>The right this set gives on <paramref name="fieldKey"/>; fields it does not list get the default.</summary>
    public FieldRight FieldRightOf(string fieldKey) => Fields.TryGetValue(fieldKey, out var right) ? right : FieldDefault;

    public bool Includes(string userId, Func<string, bool> isInRole) =>
        Users.Contains(userId, StringComparer.Ordinal) || Roles.Any(r => r == Everyone || isInRole(r));
}
