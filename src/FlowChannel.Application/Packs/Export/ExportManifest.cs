using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Packs.Manifest;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Packs.Export;

/// <summary>The manifest of an exported pack: the installed manifest's names and roles when there is one, else plain ones.</summary>
internal static class ExportManifest
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Build(string packId, InstalledPack? installed, IEnumerable<string> paths, IEnumerable<string> keptPaths, IEnumerable<string> usedRoles)
    {
        var previous = installed?.ManifestJson is { } json ? JsonNode.Parse(json) as JsonObject : null;
        var previousContents = previous?["contents"] as JsonObject;
        var list = paths.ToList();
        var kept = keptPaths.ToHashSet(StringComparer.Ordinal);
        var contents = new JsonObject
        {
            ["forms"] = Array(list.Where(p => p.StartsWith("form-schemas/", StringComparison.Ordinal))),
            ["workflows"] = Array(list.Where(p => p.StartsWith("workflow-definitions/", StringComparison.Ordinal))),
        };
        foreach (var kind in new[] { "dashboards", "automations", "notificationTemplates", "printTemplates" })
        {
            if (previousContents?[kind] is JsonArray earlier)
            {
                contents[kind] = Array(earlier.Select(p => p!.GetValue<string>()).Where(kept.Contains));
            }
        }
        contents["roles"] = Roles(previousContents?["roles"] as JsonArray, usedRoles);
        var name = previous?["name"]?.DeepClone() ?? new JsonObject { ["zh-CN"] = installed?.Name ?? packId, ["en"] = installed?.Name ?? packId };
        var manifest = new JsonObject
        {
            ["id"] = packId,
            ["version"] = installed?.Version ?? "1.0.0",
            ["name"] = name,
        };
        if (previous?["description"] is { } description)
        {
            manifest["description"] = description.DeepClone();
        }
        manifest["minimumFlowChannelVersion"] = previous?["minimumFlowChannelVersion"]?.GetValue<string>()
            ?? Install.PackContentCheck.RunningVersion.ToString();
        manifest["contents"] = contents;
        return manifest.ToJsonString(Indented);
    }

    /// <summary>The roles declared before, and every other custom role the exported files name, so that they re-import.</summary>
    private static JsonArray Roles(JsonArray? declared, IEnumerable<string> used)
    {
        var roles = declared?.Select(r => r!.DeepClone()).ToList() ?? [];
        var names = roles.Select(r => r["name"]?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var role in used.Where(r => !names.Contains(r) && !RoleNames.All.Contains(r)
            && r is not PermissionSetDefinition.Everyone and not PermissionSetDefinition.Anonymous).Order(StringComparer.Ordinal))
        {
            roles.Add(new JsonObject { ["name"] = role, ["title"] = new JsonObject { ["zh-CN"] = role, ["en"] = role } });
        }
        return new JsonArray([.. roles]);
    }

    private static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);
}
