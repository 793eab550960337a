using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Organisation.Roles;

namespace FlowChannel.Application.Packs.Manifest;

/// <summary>
/// Reads <c>pack.json</c> and names every problem with its JSON pointer. The rules are those of
/// <c>packs/pack.schema.json</c>; a test keeps the two in step.
/// </summary>
public static class PackManifestReader
{
    public const string FileName = "pack.json";

    public static readonly IReadOnlyList<string> TopProperties =
        ["$schema", "id", "version", "name", "description", "minimumFlowChannelVersion", "contents"];

    public static readonly IReadOnlyList<string> ContentProperties =
        ["forms", "workflows", "dashboards", "roles", "automations", "notificationTemplates", "printTemplates", "sampleData"];

    /// <summary>The pattern of a pack id (that of a form id).</summary>
    public static System.Text.RegularExpressions.Regex IdPattern => ManifestFields.IdPattern();

    public static PackManifest? Read(string json, List<PackError> errors)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            errors.Add(new PackError(FileName, "", $"Not valid JSON (line {e.LineNumber + 1}): {e.Message}"));
            return null;
        }
        if (root is not JsonObject obj)
        {
            errors.Add(new PackError(FileName, "", "The manifest must be a JSON object."));
            return null;
        }
        var before = errors.Count;
        var read = new ManifestFields(errors);
        read.Unknown(obj, "", TopProperties);
        var id = read.Id(obj);
        var version = read.Version(obj, "", "version");
        var name = read.Text(obj, "", "name", required: true);
        var description = read.Text(obj, "", "description", required: false);
        var minimum = read.Version(obj, "", "minimumFlowChannelVersion");
        var contents = ReadContents(obj["contents"], read, errors);
        return errors.Count > before ? null : new PackManifest(id!, version!, name!, description, minimum!, contents!);
    }

    private static PackContents? ReadContents(JsonNode? node, ManifestFields read, List<PackError> errors)
    {
        if (node is not JsonObject contents)
        {
            errors.Add(new PackError(FileName, "/contents", "\"contents\" is required: an object listing the pack's files."));
            return null;
        }
        read.Unknown(contents, "/contents", ContentProperties);
        var result = new PackContents(
            read.Paths(contents, "forms"),
            read.Paths(contents, "workflows"),
            read.Paths(contents, "dashboards"),
            ReadRoles(contents["roles"], read, errors),
            read.Paths(contents, "automations"),
            read.Paths(contents, "notificationTemplates"),
            read.Paths(contents, "printTemplates"),
            read.OptionalPath(contents, "sampleData"));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in result.AllFiles.Where(p => !seen.Add(p)))
        {
            errors.Add(new PackError(FileName, "/contents", $"The file '{path}' is listed twice."));
        }
        return result;
    }

    private static List<PackRole> ReadRoles(JsonNode? node, ManifestFields read, List<PackError> errors)
    {
        var roles = new List<PackRole>();
        if (node is null)
        {
            return roles;
        }
        if (node is not JsonArray array)
        {
            errors.Add(new PackError(FileName, "/contents/roles", "\"roles\" must be an array of { name, title }."));
            return roles;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"/contents/roles/{i}";
            if (array[i] is not JsonObject role)
            {
                errors.Add(new PackError(FileName, at, "A role is an object { name, title }."));
                continue;
            }
            read.Unknown(role, at, ["name", "title"]);
            var name = role["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (name is null || name.Length > CreateRole.MaxLength || !CreateRole.Pattern().IsMatch(name))
            {
                errors.Add(new PackError(FileName, at + "/name", "A role name is lower-case letters and digits joined by single dashes, e.g. regional-manager."));
            }
            else if (name == FlowChannel.Forms.Permissions.PermissionSetDefinition.Anonymous)
            {
                errors.Add(new PackError(FileName, at + "/name", $"'{name}' is reserved for visitors of public form links."));
            }
            else if (roles.Any(r => r.Name == name))
            {
                errors.Add(new PackError(FileName, at + "/name", $"The role '{name}' is declared twice."));
            }
            if (read.Text(role, at, "title", required: true) is { } title && name is not null)
            {
                roles.Add(new PackRole(name, title));
            }
        }
        return roles;
    }
}
