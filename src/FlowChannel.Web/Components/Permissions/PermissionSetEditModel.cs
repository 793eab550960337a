using System.Text.Json.Nodes;
using FlowChannel.Forms.Permissions;

namespace FlowChannel.Web.Components.Permissions;

/// <summary>
/// One permission set as the editor binds it, read from and written back to the form language's set shape. A preset
/// is written out (its actions, scope and field default), so what the admin saw is what is stored.
/// </summary>
public sealed class PermissionSetEditModel
{
    /// <summary>The scopes chosen by kind alone (the member-field scope is <see cref="MemberField"/>).</summary>
    public static readonly IReadOnlyList<string> SimpleScopes = ["all", "createdByMe", "myDepartment", "myPartner", "managedPartners"];

    public static readonly IReadOnlyList<string> Rights = ["hidden", "read", "edit"];

    /// <summary>The stored set's key; null for a new set, whose key is <see cref="Key"/>.</summary>
    public string? ExistingKey { get; init; }

    public string Key { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public IEnumerable<string> Roles { get; set; } = [];

    public IEnumerable<string> Users { get; set; } = [];

    public IEnumerable<string> Actions { get; set; } = [];

    public IEnumerable<string> Scopes { get; set; } = [];

    /// <summary>The member field whose value must be the user, as a further scope; null for none.</summary>
    public string? MemberField { get; set; }

    public string FieldDefault { get; set; } = "read";

    /// <summary>Per field the right it is given; a field not here gets <see cref="FieldDefault"/>.</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Per editable choice field, the option values the set's members may set; a field not here (or with an empty
    /// list) may take any of its options. Written only while the field's right is edit.
    /// </summary>
    public Dictionary<string, IEnumerable<string>> Options { get; } = new(StringComparer.Ordinal);

    public static PermissionSetEditModel From(string key, JsonObject source)
    {
        var model = new PermissionSetEditModel { ExistingKey = key, Key = key };
        if (source["name"] is JsonObject name)
        {
            model.NameZh = (string?)name["zh-CN"] ?? "";
            model.NameEn = (string?)name["en"] ?? "";
        }
        else if (source["name"] is JsonValue plain)
        {
            model.NameZh = plain.ToString();
        }
        model.Roles = Strings(source["roles"]);
        model.Users = Strings(source["users"]);
        if ((string?)source["preset"] is { } preset)
        {
            model.ApplyPreset(preset);
        }
        if (source["actions"] is JsonArray actions)
        {
            model.Actions = Strings(actions);
        }
        if (source["scope"] is { } scope)
        {
            model.ReadScope(scope);
        }
        model.FieldDefault = (string?)source["fieldDefault"] ?? model.FieldDefault;
        foreach (var (field, entry) in source["fields"] as JsonObject ?? [])
        {
            // "status": "edit", or "status": {"right": "edit", "options": [...]} when the set limits its options.
            var right = entry is JsonObject limited ? limited["right"] : entry;
            model.Fields[field] = (right as JsonValue)?.ToString() ?? "read";
            if (entry is JsonObject { } withOptions && Strings(withOptions["options"]) is { Count: > 0 } options)
            {
                model.Options[field] = options;
            }
        }
        return model;
    }

    /// <summary>Takes a preset's actions, scope and field default (as Jiandaoyun's ready-made sets).</summary>
    public void ApplyPreset(string preset)
    {
        if (PermissionPresets.Find(preset) is not { } found)
        {
            return;
        }
        Actions = [.. FormAction.All.Where(found.Actions.Contains)];
        Scopes = [ScopeName(found.Scope.Kind)];
        MemberField = null;
        FieldDefault = found.FieldDefault.ToString().ToLowerInvariant();
    }

    public JsonObject ToJson()
    {
        var scopes = new JsonArray([.. Scopes.Select(s => (JsonNode?)s)]);
        if (MemberField is { Length: > 0 } member)
        {
            scopes.Add(new JsonObject { ["kind"] = "memberField", ["field"] = member });
        }
        var fields = new JsonObject();
        foreach (var field in Fields.Keys.Union(Options.Keys).Order(StringComparer.Ordinal))
        {
            var right = Fields.GetValueOrDefault(field, FieldDefault);
            if (right == "edit" && Options.TryGetValue(field, out var options) && options.Any())
            {
                fields[field] = new JsonObject { ["right"] = right, ["options"] = new JsonArray([.. options.Select(o => (JsonNode?)o)]) };
            }
            else if (right != FieldDefault)
            {
                fields[field] = right;
            }
        }
        var set = new JsonObject
        {
            ["key"] = Key.Trim(),
            ["name"] = new JsonObject { ["zh-CN"] = NameZh, ["en"] = NameEn.Length > 0 ? NameEn : NameZh },
        };
        // The form language refuses empty member lists: a list is written only when it names someone.
        if (Roles.Any())
        {
            set["roles"] = new JsonArray([.. Roles.Select(r => (JsonNode?)r)]);
        }
        if (Users.Any())
        {
            set["users"] = new JsonArray([.. Users.Select(u => (JsonNode?)u)]);
        }
        set["actions"] = new JsonArray([.. Actions.Select(a => (JsonNode?)a)]);
        set["scope"] = scopes;
        set["fieldDefault"] = FieldDefault;
        if (fields.Count > 0)
        {
            set["fields"] = fields;
        }
        return set;
    }

    private void ReadScope(JsonNode scope)
    {
        var kinds = new List<string>();
        MemberField = null;
        // Not a collection expression: with a JsonArray on the other side it would build a JsonArray and re-parent the node.
        IEnumerable<JsonNode?> items = scope is JsonArray many ? many : new[] { scope };
        foreach (var one in items)
        {
            if (one is JsonObject { } o && (string?)o["kind"] == "memberField")
            {
                MemberField = (string?)o["field"];
            }
            else if ((one is JsonObject obj ? (string?)obj["kind"] : (string?)one) is { } kind)
            {
                kinds.Add(kind);
            }
        }
        Scopes = kinds;
    }

    private static string ScopeName(DataScopeKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => (string?)n).OfType<string>()] : [];
}
