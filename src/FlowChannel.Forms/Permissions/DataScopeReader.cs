using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Permissions;

/// <summary>
/// Reads a set's <c>scope</c>: a kind (<c>"myPartner"</c>), an object (<c>{"kind": "memberField", "field": "owner"}</c>)
/// or an array of either, which combine with "or".
/// </summary>
internal static class DataScopeReader
{
    private static readonly Dictionary<string, DataScopeKind> Kinds = new(StringComparer.Ordinal)
    {
        ["all"] = DataScopeKind.All,
        ["createdByMe"] = DataScopeKind.CreatedByMe,
        ["myDepartment"] = DataScopeKind.MyDepartment,
        ["myPartner"] = DataScopeKind.MyPartner,
        ["managedPartners"] = DataScopeKind.ManagedPartners,
        ["memberField"] = DataScopeKind.MemberField,
    };

    internal static IReadOnlyList<DataScope>? Read(JsonNode node, string pointer, IReadOnlyList<FieldDefinition>? fields, SchemaReader reader)
    {
        if (node is not JsonArray array)
        {
            return ReadOne(node, pointer, fields, reader) is { } one ? [one] : null;
        }
        if (array.Count == 0)
        {
            reader.Error(pointer, "A scope list needs at least one scope.");
            return null;
        }
        var scopes = new List<DataScope>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is { } item && ReadOne(item, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), fields, reader) is { } scope)
            {
                scopes.Add(scope);
            }
        }
        return scopes.Count == array.Count ? scopes.AsReadOnly() : null;
    }

    private static DataScope? ReadOne(JsonNode node, string pointer, IReadOnlyList<FieldDefinition>? fields, SchemaReader reader)
    {
        var kindText = node switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonObject o => reader.ReadString(o, pointer, "kind", required: true),
            _ => null,
        };
        var kindPointer = node is JsonObject ? pointer + "/kind" : pointer;
        if (kindText is null)
        {
            if (node is not JsonObject)
            {
                reader.Error(pointer, "A scope is a kind such as \"all\" or an object with \"kind\".");
            }
            return null;
        }
        if (!Kinds.TryGetValue(kindText, out var kind))
        {
            reader.Error(kindPointer, $"Unknown scope \"{kindText}\"; use {string.Join(", ", Kinds.Keys)}.");
            return null;
        }
        if (kind != DataScopeKind.MemberField)
        {
            return new DataScope(kind);
        }
        if (node is not JsonObject scope || reader.ReadString(scope, pointer, "field", required: true) is not { } field)
        {
            if (node is not JsonObject)
            {
                reader.Error(pointer, "A \"memberField\" scope is an object naming its \"field\".");
            }
            return null;
        }
        if (fields is not null && !fields.Any(f => f.Key == field && f.Type is FieldType.Member or FieldType.Members))
        {
            reader.Error(pointer + "/field", $"\"{field}\" is not a member field of this form.");
            return null;
        }
        return new DataScope(kind, field);
    }
}
