using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// Whose field rights shape a webhook's payload, as the admin chose: one permission set of the form, a role (the
/// form's sets a holder of that role is in), or by default the fields that every permission set of the form shows
/// (staff and partner sets alike; public-link sets, which only add records, aside). Stored in
/// <c>Webhook.PermissionSetKey</c> as the set's key, <c>role:</c> plus the role, or empty for the default.
/// </summary>
public static class WebhookFieldRights
{
    public const string RolePrefix = "role:";

    public static string Store(string? setKey, string? role) =>
        role is { Length: > 0 } ? RolePrefix + role : setKey ?? string.Empty;

    public static string? SetKeyOf(string stored) => stored.Length == 0 || stored.StartsWith(RolePrefix, StringComparison.Ordinal) ? null : stored;

    public static string? RoleOf(string stored) => stored.StartsWith(RolePrefix, StringComparison.Ordinal) ? stored[RolePrefix.Length..] : null;

    /// <summary>The rights the payload is redacted with. A set or role that no longer gives anything shows no field at all.</summary>
    public static FormRights Resolve(string formId, string stored, IReadOnlyList<PermissionSetDefinition> sets)
    {
        var nobody = new OrganisationPosition(string.Empty, null, [], null);
        if (SetKeyOf(stored) is { } key)
        {
            return new FormRights(formId, isAdmin: false, [.. sets.Where(s => s.Key == key)], nobody);
        }
        if (RoleOf(stored) is { } role)
        {
            return new FormRights(formId, isAdmin: false, [.. sets.Where(s => s.Includes(string.Empty, r => r == role))], nobody);
        }
        return new FormRights(formId, isAdmin: false, [CommonToAll([.. sets.Where(s => !s.IsPublic)])], nobody);
    }

    /// <summary>One set showing each field as much as the least generous of <paramref name="sets"/> does.</summary>
    private static PermissionSetDefinition CommonToAll(IReadOnlyList<PermissionSetDefinition> sets)
    {
        if (sets.Count == 0)
        {
            return new PermissionSetDefinition("", null, [], [], new HashSet<string>(), [], new Dictionary<string, FieldRight>(), FieldRight.Hidden);
        }
        var fields = sets.SelectMany(s => s.Fields.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(k => k, k => sets.Min(s => s.FieldRightOf(k)), StringComparer.Ordinal);
        return new PermissionSetDefinition("", null, [], [], new HashSet<string>(), [], fields, sets.Min(s => s.FieldDefault));
    }
}
