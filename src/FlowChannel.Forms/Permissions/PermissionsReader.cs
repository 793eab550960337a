using System.Text.RegularExpressions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Permissions;

/// <summary>
/// Reads a form's <c>permissions</c>: the <c>submit</c> role list (a short way of writing a "submit only" set) and
/// the <c>sets</c>. Every problem is reported with its JSON pointer, field keys are checked against the form.
/// </summary>
internal static partial class PermissionsReader
{
    internal const string SubmitSetKey = "submit";

    private static readonly HashSet<string> SetProperties =
        ["key", "name", "preset", "roles", "users", "actions", "scope", "fields", "fieldDefault"];

    internal static FormPermissions Read(JsonObject root, IReadOnlyList<FieldDefinition>? fields, SchemaReader reader)
    {
        if (root["permissions"] is not { } node)
        {
            return FormPermissions.None;
        }
        if (node is not JsonObject permissions)
        {
            reader.Error("/permissions", "\"permissions\" must be an object.");
            return FormPermissions.None;
        }

        var sets = new List<PermissionSetDefinition>();
        if (permissions["submit"] is { } submit && reader.ReadStringList(submit, "/permissions/submit") is { } roles)
        {
            var (actions, scope, fieldDefault) = PermissionPresets.Find(PermissionPresets.SubmitOnly)!.Value;
            var source = new JsonObject { ["key"] = SubmitSetKey, ["preset"] = PermissionPresets.SubmitOnly, ["roles"] = submit.DeepClone() };
            sets.Add(new PermissionSetDefinition(SubmitSetKey, null, roles, [], actions, [scope], EmptyRights, fieldDefault) { Source = source });
        }
        if (permissions["sets"] is { } list)
        {
            ReadSets(list, fields, reader, sets);
        }
        foreach (var name in permissions.Select(p => p.Key).Where(k => k is not ("submit" or "sets")))
        {
            reader.Error(JsonPointer.Append("/permissions", name), $"Unknown property \"{name}\"; permissions hold \"submit\" and \"sets\".");
        }
        return new FormPermissions(true, sets.AsReadOnly());
    }

    private static readonly IReadOnlyDictionary<string, FieldRight> EmptyRights = FieldRightsReader.EmptyRights;

    private static void ReadSets(JsonNode list, IReadOnlyList<FieldDefinition>? fields, SchemaReader reader, List<PermissionSetDefinition> sets)
    {
        if (list is not JsonArray array)
        {
            reader.Error("/permissions/sets", "\"sets\" must be an array of permission sets.");
            return;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var pointer = "/permissions/sets/" + i.ToString(CultureInfo.InvariantCulture);
            if (array[i] is not JsonObject set)
            {
                reader.Error(pointer, "A permission set must be an object.");
                continue;
            }
            if (ReadSet(set, pointer, fields, reader) is { } definition)
            {
                if (sets.Any(s => s.Key == definition.Key))
                {
                    reader.Error(pointer + "/key", $"Another permission set already has the key \"{definition.Key}\".");
                }
                sets.Add(definition);
            }
        }
    }

    internal static PermissionSetDefinition? ReadSet(JsonObject set, string pointer, IReadOnlyList<FieldDefinition>? fields, SchemaReader reader)
    {
        var errorsBefore = reader.ErrorCount;
        foreach (var unknown in set.Select(p => p.Key).Where(k => !SetProperties.Contains(k)))
        {
            reader.Error(JsonPointer.Append(pointer, unknown), $"Unknown property \"{unknown}\" of a permission set.");
        }
        var key = reader.ReadString(set, pointer, "key", required: true);
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            reader.Error(pointer + "/key", $"Key \"{key}\" must be 1–64 letters, digits, '-' or '_', starting with a letter.");
        }
        var name = reader.ReadText(set, pointer, "name");
        var preset = ReadPreset(set, pointer, reader);
        var roles = set["roles"] is { } r ? reader.ReadStringList(r, pointer + "/roles") ?? [] : [];
        var users = set["users"] is { } u ? reader.ReadStringList(u, pointer + "/users") ?? [] : [];
        if (set["roles"] is null && set["users"] is null)
        {
            reader.Error(pointer, "A permission set needs \"roles\" or \"users\" (\"*\" is every signed-in user).");
        }
        var actions = set["actions"] is { } a ? ReadActions(a, pointer + "/actions", reader) : preset?.Actions;
        var scopes = set["scope"] is { } s ? DataScopeReader.Read(s, pointer + "/scope", fields, reader) : preset is { } p ? [p.Scope] : null;
        // Only a set that states neither is missing something; a wrong preset or scope was reported where it is.
        var hasPreset = set["preset"] is not null;
        if (actions is null && set["actions"] is null && !hasPreset)
        {
            reader.Error(pointer, "A permission set needs \"actions\" or a \"preset\".");
        }
        if (scopes is null && set["scope"] is null && !hasPreset)
        {
            reader.Error(pointer, "A permission set needs a \"scope\" or a \"preset\".");
        }
        // Unless stated, a set that adds or edits records may fill in their fields and one that only looks reads them;
        // a preset's default holds while the set keeps the preset's actions.
        var writes = actions is not null && (actions.Contains(FormAction.Add) || actions.Contains(FormAction.Edit));
        var fieldDefault = set["fieldDefault"] is { } d ? FieldRightsReader.ReadRight(d, pointer + "/fieldDefault", reader)
            : set["actions"] is null && preset is { } fromPreset ? fromPreset.FieldDefault
            : writes ? FieldRight.Edit : FieldRight.Read;
        var (rights, limits) = set["fields"] is { } f ? FieldRightsReader.Read(f, pointer + "/fields", fields, reader) : (EmptyRights, FieldRightsReader.NoLimits);

        if (roles.Contains(PermissionSetDefinition.Anonymous) && actions is not null && actions.Any(a => a != FormAction.Add))
        {
            // Anyone on the internet holds this set: it may only hand records in, never read or change them.
            reader.Error(pointer + "/actions", "A set for \"anonymous\" visitors of the public link may only have the \"add\" action.");
        }

        return reader.ErrorCount > errorsBefore
            ? null
            : new PermissionSetDefinition(key!, name, roles, users, actions!, scopes!, rights, fieldDefault) { Source = (JsonObject)set.DeepClone(), OptionLimits = limits };
    }

    private static (IReadOnlySet<string> Actions, DataScope Scope, FieldRight FieldDefault)? ReadPreset(JsonObject set, string pointer, SchemaReader reader)
    {
        var preset = reader.ReadString(set, pointer, "preset");
        if (preset is null)
        {
            return null;
        }
        var found = PermissionPresets.Find(preset);
        if (found is null)
        {
            reader.Error(pointer + "/preset", $"Unknown preset \"{preset}\"; use one of {string.Join(", ", PermissionPresets.Names)}.");
        }
        return found;
    }

    private static HashSet<string>? ReadActions(JsonNode node, string pointer, SchemaReader reader)
    {
        if (node is JsonArray { Count: 0 })
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }
        var list = reader.ReadStringList(node, pointer);
        if (list is null)
        {
            return null;
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (!FormAction.IsKnown(list[i]))
            {
                reader.Error(pointer + "/" + i.ToString(CultureInfo.InvariantCulture),
                    $"Unknown action \"{list[i]}\"; use {string.Join(", ", FormAction.All)}.");
            }
        }
        return list.ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex KeyPattern();
}
