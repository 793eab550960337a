using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Packs.Install;

/// <summary>
/// The names a pack's files use must exist once it is installed: forms linked, listed or started from (in the pack or
/// installed here), the other form's fields they read, and roles (built in or declared in the manifest). Checked on the
/// raw JSON so that each error carries the pointer of the very name that is wrong.
/// </summary>
public sealed class PackReferenceCheck(FlowChannelDbContext db, FormSchemaCache schemas)
{
    /// <summary>Settings naming another form, with the properties that name that form's fields.</summary>
    private static readonly Dictionary<string, string[]> FormSettings = new(StringComparer.Ordinal)
    {
        ["link"] = ["displayField", "searchFields", "copy", "filter"],
        ["related"] = ["columns", "where"],
        ["defaultLink"] = ["take", "where"],
        ["optionsFrom"] = ["valueField", "labelField", "filter"],
    };

    public async Task CheckAsync(PackSource source, IReadOnlyList<CheckedForm> forms, IReadOnlyList<CheckedWorkflow> workflows,
        IReadOnlyList<SampleRecord> samples, List<PackError> errors, CancellationToken ct)
    {
        var known = new KnownForms(db, schemas, forms);
        var roles = RoleNames.All.Concat(source.Manifest.Contents.Roles.Select(r => r.Name))
            .Append(PermissionSetDefinition.Everyone).Append(PermissionSetDefinition.Anonymous).ToHashSet(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            var root = JsonNode.Parse(form.Json)!;
            await WalkFormAsync(form.File, root, "", known, errors, ct);
            CheckRoles(form.File, root["permissions"]?["sets"], "/permissions/sets", roles, errors);
        }
        foreach (var workflow in workflows)
        {
            await WalkWorkflowAsync(workflow.File, JsonNode.Parse(workflow.Json), "", known, roles, errors, ct);
        }
        foreach (var sample in samples.Where(s => s.FormId.Length > 0))
        {
            if (forms.All(f => f.Schema.Id != sample.FormId))
            {
                errors.Add(new PackError(sample.File, sample.At + "/form", $"Sample data can only fill the pack's own forms; '{sample.FormId}' is not one."));
            }
        }
    }

    private static async Task WalkFormAsync(string file, JsonNode? node, string at, KnownForms known, List<PackError> errors, CancellationToken ct)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    var pointer = PackJson.Append(at, name);
                    if (FormSettings.TryGetValue(name, out var fieldProperties) && value is JsonObject settings && settings["form"] is JsonValue formValue
                        && formValue.TryGetValue<string>(out var formId))
                    {
                        if (await known.FindAsync(formId, ct) is not { } other)
                        {
                            errors.Add(new PackError(file, pointer + "/form", $"The form '{formId}' is neither in the pack nor installed."));
                            continue;
                        }
                        CheckFields(file, settings, pointer, fieldProperties, other, errors);
                        continue;
                    }
                    await WalkFormAsync(file, value, pointer, known, errors, ct);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    await WalkFormAsync(file, array[i], $"{at}/{i}", known, errors, ct);
                }
                break;
        }
    }

    private static void CheckFields(string file, JsonObject settings, string at, string[] properties, FormSchema other, List<PackError> errors)
    {
        void Need(string? key, string pointer)
        {
            if (key is not null && other.FindField(key) is null)
            {
                errors.Add(new PackError(file, pointer, $"The form '{other.Id}' has no field '{key}'."));
            }
        }
        foreach (var property in properties)
        {
            var pointer = $"{at}/{property}";
            switch (settings[property])
            {
                case JsonValue value when value.TryGetValue<string>(out var key):
                    Need(key, pointer);
                    break;
                case JsonArray list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        // Conditions ({ field, op, value }) name the other form's field; column lists are plain keys.
                        Need(list[i] is JsonObject condition ? condition["field"]?.GetValue<string>() : list[i]?.GetValue<string>(),
                            list[i] is JsonObject ? $"{pointer}/{i}/field" : $"{pointer}/{i}");
                    }
                    break;
                case JsonObject copy:
                    foreach (var (target, sourceKey) in copy)
                    {
                        Need(sourceKey?.GetValue<string>(), PackJson.Append(pointer, target));
                    }
                    break;
            }
        }
    }

    private static void CheckRoles(string file, JsonNode? sets, string at, HashSet<string> roles, List<PackError> errors)
    {
        for (var i = 0; sets is JsonArray array && i < array.Count; i++)
        {
            for (var j = 0; array[i]?["roles"] is JsonArray names && j < names.Count; j++)
            {
                if (names[j] is JsonValue v && v.TryGetValue<string>(out var role) && !roles.Contains(role))
                {
                    errors.Add(new PackError(file, $"{at}/{i}/roles/{j}", $"The role '{role}' is neither built in nor declared in pack.json's contents.roles."));
                }
            }
        }
    }

    /// <summary>Workflows name forms in "formId" inputs and roles in "role" inputs, as literals or plain strings.</summary>
    private static async Task WalkWorkflowAsync(string file, JsonNode? node, string at, KnownForms known, HashSet<string> roles,
        List<PackError> errors, CancellationToken ct)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    var pointer = PackJson.Append(at, name);
                    if (name is "formId" or "role" && Literal(value, pointer) is { } literal)
                    {
                        if (name == "formId" && await known.FindAsync(literal.Value, ct) is null)
                        {
                            errors.Add(new PackError(file, literal.Pointer, $"The form '{literal.Value}' is neither in the pack nor installed."));
                        }
                        else if (name == "role" && !roles.Contains(literal.Value))
                        {
                            errors.Add(new PackError(file, literal.Pointer, $"The role '{literal.Value}' is neither built in nor declared in pack.json's contents.roles."));
                        }
                        continue;
                    }
                    await WalkWorkflowAsync(file, value, pointer, known, roles, errors, ct);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    await WalkWorkflowAsync(file, array[i], $"{at}/{i}", known, roles, errors, ct);
                }
                break;
        }
    }

    private static (string Value, string Pointer)? Literal(JsonNode? value, string pointer) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => (s, pointer),
        JsonObject { } input when input["expression"] is JsonObject e && e["type"]?.GetValue<string>() == "Literal"
            && e["value"] is JsonValue lv && lv.TryGetValue<string>(out var s) => (s, pointer + "/expression/value"),
        _ => null,
    };

    /// <summary>The pack's forms first, then the latest published version of a form installed here.</summary>
    private sealed class KnownForms(FlowChannelDbContext db, FormSchemaCache schemas, IReadOnlyList<CheckedForm> pack)
    {
        private readonly Dictionary<string, FormSchema?> _installed = new(StringComparer.Ordinal);

        public async Task<FormSchema?> FindAsync(string formId, CancellationToken ct)
        {
            if (pack.FirstOrDefault(f => f.Schema.Id == formId) is { } inPack)
            {
                return inPack.Schema;
            }
            if (!_installed.TryGetValue(formId, out var schema))
            {
                schema = await db.FormDefinitions.AnyAsync(f => f.FormId == formId && f.IsPublished, ct)
                    ? await schemas.GetPublishedAsync(db, formId, ct)
                    : null;
                _installed[formId] = schema;
            }
            return schema;
        }
    }
}
